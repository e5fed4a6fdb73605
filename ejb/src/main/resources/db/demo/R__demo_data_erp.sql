-- ERP demo catalogue (loaded with the demo data; Flyway runs repeatables by name, so after
-- R__demo_data.sql, which creates the supplier Acme Components). Re-runnable: existing SKUs
-- are left as they are, so stock moved by demo orders survives a change of this file.
-- Two products sit at or under their reorder level (DRL-18V-KIT, GLV-NIT-L) and one is out
-- of stock (CBL-CAT6-305), so a demo order can run short.
INSERT IGNORE INTO product (sku, name, unit_price, currency, stock_on_hand, reserved, reorder_level, supplier_organisation_id)
SELECT p.sku, p.name, p.price, 'EUR', p.stock, 0, p.reorder, (SELECT o.id FROM organisation o WHERE o.alias = 'acme')
FROM (
    SELECT 'BRK-M8-100' AS sku, 'Hex bolts M8 x 40, box of 100' AS name, 18.90 AS price, 420 AS stock, 100 AS reorder
    UNION ALL SELECT 'NUT-M8-100', 'Hex nuts M8, box of 100', 7.40, 510, 100
    -- The products the CRM's demo quotes offer (R__demo_data_crm.sql).
    UNION ALL SELECT 'PRD-0001', 'Insulated pallet cover', 45.00, 800, 50
    UNION ALL SELECT 'PRD-0002', 'Temperature logger', 95.00, 600, 40
    UNION ALL SELECT 'PRD-0003', 'Heavy-duty tool rack', 150.00, 500, 30
    UNION ALL SELECT 'PRD-0004', 'Ergonomic desk chair', 240.00, 300, 20
    UNION ALL SELECT 'PRD-0005', 'Proofing rack', 250.00, 300, 20
    UNION ALL SELECT 'WSH-M8-200', 'Flat washers M8, box of 200', 6.20, 380, 80
    UNION ALL SELECT 'SCR-WD-500', 'Wood screws 4 x 40, box of 500', 14.50, 260, 60
    UNION ALL SELECT 'ANC-CON-50', 'Concrete anchors 10 mm, pack of 50', 32.00, 140, 40
    UNION ALL SELECT 'DRL-18V-KIT', 'Cordless drill 18 V with two batteries', 189.00, 6, 10
    UNION ALL SELECT 'BAT-18V-5AH', 'Battery pack 18 V 5.0 Ah', 79.00, 45, 15
    UNION ALL SELECT 'SAW-CIRC-190', 'Circular saw 190 mm, 1400 W', 149.00, 22, 8
    UNION ALL SELECT 'BLD-190-48T', 'Saw blade 190 mm, 48 teeth', 24.90, 90, 25
    UNION ALL SELECT 'LVL-ALU-120', 'Spirit level, aluminium, 120 cm', 39.50, 55, 15
    UNION ALL SELECT 'TAP-MEAS-8M', 'Measuring tape 8 m', 12.90, 160, 40
    UNION ALL SELECT 'GLV-NIT-L', 'Nitrile work gloves, size L, 12 pairs', 21.00, 30, 50
    UNION ALL SELECT 'GLS-SAFE-CL', 'Safety glasses, clear', 8.90, 240, 60
    UNION ALL SELECT 'HLM-SAFE-WH', 'Safety helmet, white', 17.50, 75, 20
    UNION ALL SELECT 'CBL-CAT6-305', 'Network cable Cat 6, 305 m reel', 129.00, 0, 5
    UNION ALL SELECT 'CBL-H07-50', 'Power cable H07RN-F 3G2.5, 50 m', 98.00, 18, 6
    UNION ALL SELECT 'LMP-LED-50W', 'LED floodlight 50 W', 44.00, 64, 20
    UNION ALL SELECT 'PNT-WHT-10L', 'Interior paint, white, 10 l', 54.00, 120, 30
    UNION ALL SELECT 'BRS-PNT-SET', 'Paint brush set, 5 pieces', 15.90, 85, 25
    UNION ALL SELECT 'LDR-ALU-3X9', 'Aluminium ladder, 3 x 9 rungs', 229.00, 12, 4
) p;

-- One purchase order erin placed by hand with Acme (sam confirms it in the partner portal), for
-- the reel that is out of stock. Re-runnable: only if erin has none yet.
INSERT INTO purchase_order (supplier_organisation_id, sales_order_id, status, created_at, created_by)
SELECT o.id, NULL, 'OPEN', CURRENT_TIMESTAMP(6), 'erin' FROM organisation o
WHERE o.alias = 'acme' AND NOT EXISTS (SELECT 1 FROM purchase_order po WHERE po.created_by = 'erin');
INSERT INTO purchase_order_line (purchase_order_id, sku, quantity)
SELECT po.id, 'CBL-CAT6-305', 20 FROM purchase_order po
WHERE po.created_by = 'erin' AND NOT EXISTS (SELECT 1 FROM purchase_order_line l WHERE l.purchase_order_id = po.id)
ORDER BY po.id LIMIT 1;

-- The CRM's price list starts as the catalogue's copy, as if the ERP had announced each product
-- (CatalogueEvent PRODUCT_ADDED); from then on it follows the ERP's events.
INSERT IGNORE INTO crm_price (sku, name, unit_price, currency, as_of)
SELECT sku, name, unit_price, currency, CURRENT_TIMESTAMP(6) FROM product;
