/**
 * Users, their roles and scopes (sites for coordinators and monitors, studies for data managers) and
 * their PBKDF2 password hashes, read by the Jakarta Security identity store.
 */
package org.ioedc.edc.user;
