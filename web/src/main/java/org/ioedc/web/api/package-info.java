/**
 * The REST boundary under /api/v1: validated DTOs in, DTOs out, errors as RFC 9457 problem+json. It
 * only translates; every decision (scope, role, rule) is taken by the services of the core.
 */
package org.ioedc.web.api;
