/**
 * What the API accepts on the wire, before any resource sees it: one strict reading point for JSON bodies
 * (size, nesting, UTF-8, one document, the JSON types of each field) and the text rule for URL parameters.
 * A refused request is answered as RFC 9457 problem+json and reaches no service, so nothing is saved.
 */
package org.ioedc.web.input;
