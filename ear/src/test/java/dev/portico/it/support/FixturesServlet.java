package dev.portico.it.support;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@link Fixtures} over HTTP for black-box tests: {@code POST /portico-fixtures/{fixture}?label=…}
 * or {@code ?account=…} answers the new record's id as text. Only the test deployment of
 * {@link Deployments#porticoWithFixtures()} holds it; the product's EAR never does.
 */
@WebServlet("/*")
public class FixturesServlet extends HttpServlet {

    @EJB
    private Fixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String fixture = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String label = request.getParameter("label");
        String account = request.getParameter("account");
        long id;
        try {
            id = switch (fixture) {
                case "northwind-customer" -> fixtures.northwindCustomer(label);
                case "southwind-customer" -> fixtures.southwindCustomer(label);
                case "east-customer" -> fixtures.eastCustomer(label);
                case "east-prospect" -> fixtures.eastProspect(label);
                case "draft-quote" -> fixtures.draftQuote(Long.parseLong(account));
                case "signed-quote" -> fixtures.signedQuote(Long.parseLong(account));
                case "signed-order" -> fixtures.signedOrder(Long.parseLong(account));
                case "open-ticket" -> fixtures.openTicket(Long.parseLong(account), request.getParameter("subject"));
                default -> -1;
            };
        } catch (Exception e) {
            throw new IOException("fixture " + fixture + " failed", e);
        }
        if (id < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no fixture " + fixture);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().print(id);
    }
}
