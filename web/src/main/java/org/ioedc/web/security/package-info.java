/**
 * Authentication and request protection (docs/security.md): Jakarta Security with users and PBKDF2
 * hashes in the database, HTTP Basic on API calls (no session), a browser session opened only by
 * POST /api/v1/session, per-address throttling of wrong passwords, cross-site request checks on calls
 * that change state, the security headers of every response, and the mapping from the signed-in name
 * to the services' Actor.
 */
package org.ioedc.web.security;
