/**
 * Users, their roles and scopes (sites for coordinators and monitors, studies for data managers), their
 * PBKDF2 password hashes, and password sign-in with the lockout after repeated wrong passwords.
 */
package org.ioedc.edc.user;
