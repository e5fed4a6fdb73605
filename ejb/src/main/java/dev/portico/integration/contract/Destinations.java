package dev.portico.integration.contract;

/** JNDI names of the destinations (created by {@code config/wildfly/portico.cli}). */
public final class Destinations {

    /** Signed quotes for the ERP to turn into orders. Consumed by the ERP only. */
    public static final String ORDER_INTAKE_QUEUE = "java:/jms/queue/ErpOrderIntake";
    /** What the ERP did with orders: confirmations, holds, shortages, shipments, invoices, payments. */
    public static final String ERP_EVENTS_TOPIC = "java:/jms/topic/ErpEvents";

    private Destinations() {
    }
}
