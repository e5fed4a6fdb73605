package dev.portico.it.crash;

import dev.portico.crm.service.NewQuote;
import dev.portico.crm.service.NewQuoteLine;
import dev.portico.crm.service.Quotes;
import dev.portico.it.support.RunAsSalesRep;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Deployed only with {@link CrashRecoveryIT}, in a WAR of its own: writes a quote for an account
 * and signs it as alice, as the orders module does (two transactions: a draft, then the signature
 * with its {@code OrderSubmitted}). Answers the quote id. Lines come as {@code line=SKU*QTY}, priced by the ERP.
 */
@WebServlet("/sign")
public class SigningServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Quotes quotes;

    @EJB
    private RunAsSalesRep alice;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        long account = Long.parseLong(request.getParameter("account"));
        List<NewQuoteLine> lines = Arrays.stream(request.getParameterValues("line")).map(SigningServlet::line).toList();
        long quote;
        try {
            quote = alice.call(() -> quotes.create(new NewQuote(account, "EUR", lines))).id();
            alice.call(() -> quotes.sign(quote));
        } catch (Exception e) {
            throw new ServletException("signing for account " + account + " failed", e);
        }
        response.setContentType("text/plain");
        response.getWriter().print(quote);
    }

    private static NewQuoteLine line(String text) {
        String[] skuAndQuantity = text.split("\\*");
        return new NewQuoteLine(skuAndQuantity[0], null, Integer.parseInt(skuAndQuantity[1]));
    }
}
