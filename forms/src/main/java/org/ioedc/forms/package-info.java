/**
 * The clinical content of IO-EDC in plain Java: CRF metadata (CDISC ODM 1.3.2), the trial-module plugin
 * SPI, edit checks and clinical engines. Nothing here imports Jakarta, JPA or HAPI, so every rule can be
 * tested in milliseconds without a container or a database.
 */
package org.ioedc.forms;
