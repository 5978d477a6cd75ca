/**
 * Authentication with Jakarta Security: users and PBKDF2 hashes in the database, HTTP Basic on every
 * API call (a session is kept after a successful sign-in, so the browser UI and long clients do not pay
 * the hash at every request), and the mapping from the signed-in name to the services' Actor.
 */
package org.ioedc.web.security;
