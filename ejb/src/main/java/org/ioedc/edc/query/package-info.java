/**
 * Queries (discrepancy notes) on item values: raised by edit checks when they fire on a save and closed
 * by the system when they no longer do, or opened by monitors and data managers; answered by site
 * coordinators; closed, re-opened or cancelled by the reviewers. Every message is kept and audited.
 * States and permissions: docs/review.md.
 */
package org.ioedc.edc.query;
