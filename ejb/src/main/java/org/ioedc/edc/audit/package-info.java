/**
 * The audit trail (21 CFR Part 11 §11.10(e), ICH E6(R2) 4.9.0): who, when (UTC), what, old and new value
 * and the reason for change, for every change to clinical data. Append-only: nothing in the product
 * updates or deletes an entry, and on PostgreSQL a trigger refuses it in the database itself. Each entry
 * is a link of a hash chain per study ({@link org.ioedc.edc.audit.AuditEntryHash},
 * {@link org.ioedc.edc.audit.AuditChainHead}), so what the table's owner changes around the product is
 * found when an administrator verifies the chain ({@link org.ioedc.edc.audit.ChainVerification}).
 */
package org.ioedc.edc.audit;
