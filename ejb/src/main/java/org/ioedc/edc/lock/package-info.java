/**
 * Freeze and lock of clinical data by data managers at form, subject and study level, with audited
 * unlock reasons; a study lock is refused while queries are open unless overridden with a reason.
 * The entities carry their {@link org.ioedc.edc.common.DataLock} (in {@code common}, because study,
 * subject, form and query all read it while this use case reads them); {@code FormInstance.requireWritable()}
 * asks all three levels, so every writer obeys them.
 */
package org.ioedc.edc.lock;
