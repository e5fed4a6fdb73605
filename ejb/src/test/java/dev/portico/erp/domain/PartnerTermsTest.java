package dev.portico.erp.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PartnerTermsTest {

    @Test
    void theDiscountIsTakenOffTheListPriceToTheCent() throws Exception {
        PartnerTerms terms = terms("8.00");
        assertEquals(new BigDecimal("41.40"), terms.discounted(new BigDecimal("45.00")));
        assertEquals(new BigDecimal("0.92"), terms.discounted(new BigDecimal("1.00")));
        assertEquals(new BigDecimal("17.39"), terms.discounted(new BigDecimal("18.90")), "17.388 rounds half up");
        assertEquals(new BigDecimal("45.00"), terms("0").discounted(new BigDecimal("45.00")));
    }

    private static PartnerTerms terms(String discount) throws Exception {
        var constructor = PartnerTerms.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        PartnerTerms terms = constructor.newInstance();
        Field field = PartnerTerms.class.getDeclaredField("discountPercent");
        field.setAccessible(true);
        field.set(terms, new BigDecimal(discount));
        return terms;
    }
}
