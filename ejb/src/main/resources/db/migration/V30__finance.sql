-- Finance's receivables: payments read by when they were received ("payments this week"
-- across customers), not only per invoice; unpaid invoices are read through the order's status
-- index (ix_sales_order_status), their due dates through ix_invoice_due.
ALTER TABLE payment ADD INDEX ix_payment_received (received_at, id);
