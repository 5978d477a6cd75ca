/** MicroProfile Health checks served at /health. */
package org.ioedc.web.health;
