package dev.portico.shell.security;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Checks a back-channel logout token as OpenID Connect Back-Channel Logout 1.0 section 2.6 asks:
 * signature by the realm's keys, issuer, audience, issued-at, the logout event, a sid or sub,
 * and no nonce. Stricter than the spec's minimum, as its security considerations advise: an
 * expiry is required (Keycloak gives two minutes), a {@code typ} header, when present, must say
 * logout token (so an access or ID token signed by the same keys is no logout token), and each
 * {@code jti} is accepted once while the token lives, so a captured token cannot be replayed.
 * The replay memory is this server's; on a cluster each node keeps its own, which still bounds a
 * replay to one session end per node within two minutes.
 */
public class LogoutTokenVerifier {

    static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    /** What a verified token asks to end. */
    public record LogoutRequest(String sid, String subject) {
    }

    /** The JOSE {@code typ} values a logout token may carry: the spec's explicit type, or the generic one. */
    private static final Set<String> LOGOUT_TYPES = Set.of("logout+jwt", "jwt");
    private static final int CLOCK_SKEW_SECONDS = 60;

    private final JwtConsumer consumer;
    /** jti → expiry (epoch seconds) of every token accepted and not yet expired. */
    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    public LogoutTokenVerifier(String providerUrl, String clientId) {
        HttpsJwks keys = new HttpsJwks(providerUrl + "/protocol/openid-connect/certs");
        this.consumer = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setExpectedIssuer(providerUrl)
                .setExpectedAudience(clientId)
                .setRequireIssuedAt()
                .setRequireExpirationTime()
                .setRequireJwtId()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .build();
    }

    public LogoutRequest verify(String token) throws InvalidLogoutTokenException {
        try {
            JwtContext context = consumer.process(token);
            String type = context.getJoseObjects().get(0).getHeader("typ");
            if (type != null && !LOGOUT_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
                throw new InvalidLogoutTokenException("not a logout token (typ)");
            }
            JwtClaims claims = context.getJwtClaims();
            Object events = claims.getClaimValue("events");
            if (!(events instanceof Map<?, ?> map) || !map.containsKey(LOGOUT_EVENT)) {
                throw new InvalidLogoutTokenException("no back-channel logout event");
            }
            if (claims.hasClaim("nonce")) {
                throw new InvalidLogoutTokenException("a logout token must not carry a nonce");
            }
            String sid = claims.getStringClaimValue("sid");
            String subject = claims.getSubject();
            if (sid == null && subject == null) {
                throw new InvalidLogoutTokenException("neither sid nor sub");
            }
            firstUse(claims.getJwtId(), claims.getExpirationTime().getValue());
            return new LogoutRequest(sid, subject);
        } catch (InvalidJwtException e) {
            throw new InvalidLogoutTokenException("failed the JWT checks (" + e.getErrorDetails().stream()
                    .map(d -> Integer.toString(d.getErrorCode())).collect(Collectors.joining(",")) + ")");
        } catch (MalformedClaimException e) {
            throw new InvalidLogoutTokenException("a claim has the wrong type");
        }
    }

    /** Forgets what has expired, then remembers this jti, refusing one already seen. */
    private void firstUse(String jti, long expiresAt) throws InvalidLogoutTokenException {
        long now = System.currentTimeMillis() / 1000;
        seen.values().removeIf(expiry -> expiry + CLOCK_SKEW_SECONDS < now);
        if (seen.putIfAbsent(jti, expiresAt) != null) {
            throw new InvalidLogoutTokenException("replayed (jti already used)");
        }
    }

    /**
     * Why a token was refused, in words of ours: jose4j's messages quote the token's own header
     * and claims, attacker-controlled text that must not reach the log as it is.
     */
    public static class InvalidLogoutTokenException extends Exception {
        public InvalidLogoutTokenException(String message) {
            super(message);
        }
    }
}
