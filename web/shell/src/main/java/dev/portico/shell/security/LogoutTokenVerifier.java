package dev.portico.shell.security;

import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Checks a back-channel logout token as OpenID Connect Back-Channel Logout 1.0 section 2.6 asks:
 * signature by the realm's keys, issuer, audience, issued-at, the logout event, a sid or sub,
 * and no nonce.
 */
public class LogoutTokenVerifier {

    static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    /** What a verified token asks to end. */
    public record LogoutRequest(String sid, String subject) {
    }

    private final JwtConsumer consumer;

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
                .setAllowedClockSkewInSeconds(60)
                .build();
    }

    public LogoutRequest verify(String token) throws InvalidLogoutTokenException {
        try {
            JwtClaims claims = consumer.processToClaims(token);
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
            return new LogoutRequest(sid, subject);
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new InvalidLogoutTokenException(e.getMessage());
        }
    }

    public static class InvalidLogoutTokenException extends Exception {
        public InvalidLogoutTokenException(String message) {
            super(message);
        }
    }
}
