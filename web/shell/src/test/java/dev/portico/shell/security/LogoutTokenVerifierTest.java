package dev.portico.shell.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verifier against a key set served over HTTP, as Keycloak serves its realm keys: a properly
 * signed token passes; every rule of the back-channel logout spec, broken once, fails it.
 */
class LogoutTokenVerifierTest {

    private static HttpServer server;
    private static RsaJsonWebKey realmKey;
    private static RsaJsonWebKey otherKey;
    private static String issuer;

    @BeforeAll
    static void serveRealmKeys() throws Exception {
        realmKey = RsaJwkGenerator.generateJwk(2048);
        realmKey.setKeyId("realm");
        otherKey = RsaJwkGenerator.generateJwk(2048);
        otherKey.setKeyId("realm");
        byte[] jwks = new JsonWebKeySet(realmKey).toJson().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/realms/portico/protocol/openid-connect/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/portico";
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private final LogoutTokenVerifier verifier = new LogoutTokenVerifier(issuer, "portico-internal");

    @Test
    void validTokenNamesTheSessionToEnd() throws Exception {
        LogoutTokenVerifier.LogoutRequest request = verifier.verify(token(realmKey, c -> { }));
        assertEquals("session-1", request.sid());
        assertEquals("user-1", request.subject());
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() {
        assertRefused(token(otherKey, c -> { }));
    }

    @Test
    void tokenForAnotherClientIsRefused() {
        assertRefused(token(realmKey, c -> c.setAudience("portico-external")));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        assertRefused(token(realmKey, c -> c.setIssuer("http://evil.example/realms/portico")));
    }

    @Test
    void tokenWithoutTheLogoutEventIsRefused() {
        assertRefused(token(realmKey, c -> c.unsetClaim("events")));
    }

    @Test
    void tokenWithANonceIsRefused() {
        assertRefused(token(realmKey, c -> c.setClaim("nonce", "n")));
    }

    @Test
    void tokenWithNeitherSidNorSubIsRefused() {
        assertRefused(token(realmKey, c -> {
            c.unsetClaim("sid");
            c.unsetClaim("sub");
        }));
    }

    @Test
    void aReplayedTokenIsRefused() throws Exception {
        String token = token(realmKey, c -> { });
        verifier.verify(token);
        assertRefused(token);
        verifier.verify(token(realmKey, c -> { }));   // another jti: a new logout
    }

    @Test
    void tokenWithoutExpiryIsRefused() {
        assertRefused(token(realmKey, c -> c.unsetClaim("exp")));
    }

    @Test
    void expiredTokenIsRefused() {
        assertRefused(token(realmKey, c -> c.setExpirationTimeMinutesInTheFuture(-5)));
    }

    @Test
    void tokenWithoutJtiIsRefused() {
        assertRefused(token(realmKey, c -> c.unsetClaim("jti")));
    }

    @Test
    void anAccessTokenTypeIsNoLogoutToken() throws Exception {
        assertRefused(token(realmKey, c -> { }, "at+jwt"));
        verifier.verify(token(realmKey, c -> { }, "logout+jwt"));
        verifier.verify(token(realmKey, c -> { }, "JWT"));
    }

    @Test
    void theReasonNeverQuotesTheToken() {
        String planted = "evil\n2026-12-02 INFO forged line";
        LogoutTokenVerifier.InvalidLogoutTokenException refused = assertThrows(LogoutTokenVerifier.InvalidLogoutTokenException.class,
                () -> verifier.verify(token(realmKey, c -> c.setIssuer(planted))));
        assertFalse(refused.getMessage().contains("evil") || refused.getMessage().contains("forged"), refused.getMessage());
    }

    @Test
    void unsignedTokenIsRefused() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims().toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        assertRefused(jws.getCompactSerialization());
    }

    private void assertRefused(String token) {
        assertThrows(LogoutTokenVerifier.InvalidLogoutTokenException.class, () -> verifier.verify(token));
    }

    private static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience("portico-internal");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(2);
        claims.setGeneratedJwtId();
        claims.setSubject("user-1");
        claims.setClaim("sid", "session-1");
        claims.setClaim("events", Map.of(LogoutTokenVerifier.LOGOUT_EVENT, Map.of()));
        return claims;
    }

    private static String token(RsaJsonWebKey key, Consumer<JwtClaims> change) {
        return token(key, change, null);
    }

    private static String token(RsaJsonWebKey key, Consumer<JwtClaims> change, String type) {
        JwtClaims claims = claims();
        change.accept(claims);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        if (type != null) {
            jws.setHeader("typ", type);
        }
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
