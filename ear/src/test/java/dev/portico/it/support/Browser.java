package dev.portico.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/**
 * A headless browser (HtmlUnit, one cookie jar per instance) that signs in through the real
 * Keycloak login form. JavaScript is off: sign-in, portal pages and the first page of a
 * PrimeFaces table all work as plain HTML. {@link Chrome} drives the pages that need scripts.
 */
public final class Browser implements AutoCloseable {

    private final WebClient client = new WebClient();

    public Browser() {
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setRedirectEnabled(true);
    }

    public Page open(String url) {
        try {
            return client.getPage(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cookie the browser holds under {@code name} for {@code path}, with its attributes as the server set them. */
    public org.htmlunit.util.Cookie cookie(String name, String path) {
        return client.getCookieManager().getCookies().stream()
                .filter(c -> c.getName().equals(name) && c.getPath() != null && c.getPath().startsWith(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " for " + path + ": " + client.getCookieManager().getCookies()));
    }

    /** A cookie for the portal's host, as another page (or an attacker) could have set it. */
    public void plantCookie(String name, String value, String path) {
        String host = java.net.URI.create(System.getProperty("portico.baseUrl")).getHost();
        client.getCookieManager().addCookie(new org.htmlunit.util.Cookie(host, name, value, path, null, false));
    }

    public Page post(String url) {
        try {
            return client.getPage(new WebRequest(new URL(url), HttpMethod.POST));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a protected page, expects Keycloak's login form, signs in with the demo password.
     * With organisations enabled Keycloak asks for the user name first and the password on a
     * second page; both shapes are handled.
     */
    public HtmlPage signIn(String url, String user) {
        Page page = open(url);
        if (!isLoginForm(page)) {
            throw new AssertionError("expected Keycloak's login form at " + url + " but got " + page.getUrl());
        }
        try {
            HtmlPage form = (HtmlPage) page;
            HtmlForm login = (HtmlForm) form.getElementById("kc-form-login");
            login.getInputByName("username").setValue(user);
            if (login.getInputsByName("password").isEmpty()) {
                form = (HtmlPage) ((DomElement) form.getElementById("kc-login")).click();
                login = (HtmlForm) form.getElementById("kc-form-login");
            }
            login.getInputByName("password").setValue(user);
            Page after = ((DomElement) form.getElementById("kc-login")).click();
            if (!(after instanceof HtmlPage html) || isLoginForm(after)) {
                throw new AssertionError(user + " could not sign in: " + after.getWebResponse().getContentAsString());
            }
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Signs in for the first time with a one-time password and answers Keycloak's "update
     * password" step with {@code newPassword}, as an invited user does.
     */
    public HtmlPage signInFirstTime(String url, String user, String temporaryPassword, String newPassword) {
        Page page = open(url);
        if (!isLoginForm(page)) {
            throw new AssertionError("expected Keycloak's login form at " + url + " but got " + page.getUrl());
        }
        HtmlPage form = (HtmlPage) page;
        HtmlForm login = (HtmlForm) form.getElementById("kc-form-login");
        login.getInputByName("username").setValue(user);
        if (login.getInputsByName("password").isEmpty()) {
            form = click(form, "kc-login");
            login = (HtmlForm) form.getElementById("kc-form-login");
        }
        login.getInputByName("password").setValue(temporaryPassword);
        HtmlPage update = click(form, "kc-login");
        HtmlForm passwords = (HtmlForm) update.getElementById("kc-passwd-update-form");
        if (passwords == null) {
            throw new AssertionError(user + " was not asked to choose a password: " + update.asNormalizedText());
        }
        passwords.getInputByName("password-new").setValue(newPassword);
        passwords.getInputByName("password-confirm").setValue(newPassword);
        HtmlPage after = (HtmlPage) submit(passwords);
        if (isLoginForm(after) || after.getElementById("kc-passwd-update-form") != null) {
            throw new AssertionError(user + " could not set a password: " + after.asNormalizedText());
        }
        return after;
    }

    /** Clicks the element and expects a page back (not a download). */
    public static HtmlPage click(HtmlPage page, String id) {
        try {
            DomElement element = page.getElementById(id);
            if (element == null) {
                throw new AssertionError("no #" + id + " on " + page.getUrl() + ":\n" + page.asNormalizedText());
            }
            Page next = element.click();
            if (!(next instanceof HtmlPage html)) {
                throw new AssertionError("no page after #" + id + ": " + next.getWebResponse().getContentAsString());
            }
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Page submit(HtmlForm form) {
        try {
            List<HtmlElement> buttons = form.getElementsByAttribute("input", "type", "submit");
            if (buttons.isEmpty()) {
                buttons = form.getElementsByAttribute("button", "type", "submit");
            }
            return buttons.get(0).click();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Presses a non-Ajax button whose response is a file (a CSV or PDF export) and returns that
     * response. The page stays usable for further buttons: its view state is still the server's.
     */
    public static WebResponse download(HtmlPage page, String buttonId) {
        try {
            Page file = ((DomElement) page.getElementById(buttonId)).click();
            if (file instanceof HtmlPage html) {
                throw new AssertionError("expected a file from #" + buttonId + " but got a page:\n" + html.asNormalizedText());
            }
            return file.getWebResponse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of a PrimeFaces data table's current page, row by row ({@code id} is the table's client id). */
    public static List<List<String>> tableRows(HtmlPage page, String id) {
        DomElement body = page.getElementById(id + "_data");
        if (body == null) {
            throw new AssertionError("no table #" + id + " on " + page.getUrl());
        }
        return body.getElementsByTagName("tr").stream()
                .filter(tr -> !tr.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(tr -> tr.getElementsByTagName("td").stream().map(td -> td.getTextContent().strip()).toList())
                .toList();
    }

    public static boolean isLoginForm(Page page) {
        return page instanceof HtmlPage html && html.getElementById("kc-form-login") != null;
    }

    public static int status(Page page) {
        return page.getWebResponse().getStatusCode();
    }

    public static String body(Page page) {
        return page.getWebResponse().getContentAsString();
    }

    /** The page with its correlation id (16 hex digits, new on every request) blanked: to compare two answers word for word. */
    public static String withoutReference(String page) {
        return withoutNonce(page).replaceAll("[0-9a-f]{16}", "REF");
    }

    /** A page without its CSP nonce, which differs on every request by design. */
    public static String withoutNonce(String page) {
        String nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(page).results()
                .map(m -> m.group(1)).findFirst().orElse(null);
        return nonce == null ? page : page.replace(nonce, "NONCE");
    }

    public static String text(HtmlPage page, String id) {
        DomElement element = page.getElementById(id);
        if (element == null) {
            throw new AssertionError("no #" + id + " on " + page.getUrl() + ":\n" + page.asXml());
        }
        return element.getTextContent().strip();
    }

    /** Module ids in the shell's menu, in menu order. */
    public static List<String> menu(HtmlPage page) {
        return page.getElementById("portico-menu").getElementsByTagName("a").stream()
                .map(a -> ((HtmlElement) a).getAttribute("data-module"))
                .filter(id -> !id.isEmpty())
                .toList();
    }

    /**
     * GETs {@code url} with this browser's cookies (its signed-in session) without parsing the
     * answer: for benchmarks, which time the server, not HtmlUnit's DOM.
     */
    public WebResponse load(String url) {
        try {
            return client.loadWebResponse(new WebRequest(new URL(url)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The underlying client, for a test that plants or reads cookies. */
    public WebClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
