/**
 * The OpenAPI document served at /openapi: what the annotations on the resources cannot say (the problem+json
 * errors every call may answer) and what the runtime adds that OpenAPI 3.0 does not allow.
 */
package org.ioedc.web.openapi;
