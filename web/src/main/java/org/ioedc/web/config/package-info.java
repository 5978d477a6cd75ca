/** Wiring of the web module: data source, JAX-RS application, OpenAPI description. */
package org.ioedc.web.config;
