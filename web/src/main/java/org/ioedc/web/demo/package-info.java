/**
 * Start-up data: the demo study that lets a new user try everything at once (seeded only into an empty
 * embedded database unless EDC_DEMO=true), and the first administrator of a production database.
 */
package org.ioedc.web.demo;
