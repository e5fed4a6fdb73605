-- A product the company stops selling. The ERP marks it (orders already received are still
-- fulfilled: reserving and shipping ignore the mark) and announces it on the catalogue topic;
-- the CRM's price list keeps the mark, so no new quote line is written for it, and every open
-- draft holding it is told: a quote_price_change without a new price.
ALTER TABLE product ADD COLUMN discontinued_at TIMESTAMP(6) NULL;

ALTER TABLE crm_price ADD COLUMN discontinued_at TIMESTAMP(6) NULL;

ALTER TABLE quote_price_change MODIFY new_price DECIMAL(15, 2) NULL;
