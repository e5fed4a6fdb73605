/** The auditors' module: the grant ledger, newest first, and verification of its hash chain. */
package dev.portico.modules.audit;
