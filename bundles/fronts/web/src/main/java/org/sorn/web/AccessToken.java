package org.sorn.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.osgi.service.component.annotations.Component;

/**
 * The secret that every API request of the web workbench must carry: 128 random bits, made when
 * the bundle starts and printed once in the address {@code sorn server} gives.
 */
@Component(service = AccessToken.class)
public class AccessToken {
  private final String value;

  public AccessToken() {
    byte[] bits = new byte[16];
    new SecureRandom().nextBytes(bits);
    value = HexFormat.of().formatHex(bits);
  }

  AccessToken(String value) {
    this.value = value;
  }

  String value() {
    return value;
  }

  /** Whether {@code candidate} is the token; compared in constant time, null is never it. */
  boolean matches(String candidate) {
    return candidate != null
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }
}
