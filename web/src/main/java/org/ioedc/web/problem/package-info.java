/**
 * The kinds of problem the API answers (RFC 9457): each with a stable type URI, its HTTP status and title, and
 * which kind each of the core's exceptions is. Every writer of a problem (the JAX-RS mappers, the servlet
 * filters, the container's error pages) takes its type from here.
 */
package org.ioedc.web.problem;
