/**
 * The audit trail (21 CFR Part 11 §11.10(e), ICH E6(R2) 4.9.0): who, when (UTC), what, old and new value
 * and the reason for change, for every change to clinical data. Append-only: nothing in the product
 * updates or deletes an entry, and on PostgreSQL a trigger refuses it in the database itself.
 */
package org.ioedc.edc.audit;
