package com.engagementjdbc.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.eclipse.jetty.security.ConstraintMapping;
import org.eclipse.jetty.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.util.security.Constraint;
import org.eclipse.jetty.util.security.Credential;

/**
 * The accounts allowed to use the server over HTTP Basic authentication: from a file of {@code user=password}
 * lines (a password may be written in Jetty's {@code OBF:}, {@code MD5:} or {@code CRYPT:} forms so that the
 * file need not hold it in clear), or one {@code user:password} in an environment variable for containers.
 */
final class Users {
  static final String ENVIRONMENT_VARIABLE = "ENGAGEMENT_SERVER_CREDENTIALS";
  private static final String REALM = "engagement";
  private static final String ROLE = "analyst";

  private final Map<String, String> passwords;

  private Users(Map<String, String> passwords) {
    this.passwords = passwords;
  }

  static Users fromFile(Path file) throws IOException {
    Properties lines = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      lines.load(reader);
    }
    Map<String, String> passwords = new LinkedHashMap<>();
    for (String user : lines.stringPropertyNames()) {
      passwords.put(user, lines.getProperty(user).trim());
    }
    if (passwords.isEmpty()) {
      throw new IllegalArgumentException("the users file " + file + " names no user (write user=password lines)");
    }
    return new Users(passwords);
  }

  static Users fromEnvironmentValue(String value) {
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " must be user:password");
    }
    return new Users(Map.of(value.substring(0, colon), value.substring(colon + 1)));
  }

  int size() {
    return passwords.size();
  }

  /** Wraps a handler so that only these users reach it; a request without valid credentials gets a 401. */
  Handler protect(Handler handler) {
    UserStore store = new UserStore();
    passwords.forEach((user, password) ->
        store.addUser(user, Credential.getCredential(password), new String[] {ROLE}));
    HashLoginService logins = new HashLoginService(REALM);
    logins.setUserStore(store);

    Constraint constraint = new Constraint(Constraint.__BASIC_AUTH, ROLE);
    constraint.setAuthenticate(true);
    ConstraintMapping everything = new ConstraintMapping();
    everything.setConstraint(constraint);
    everything.setPathSpec("/*");

    ConstraintSecurityHandler security = new ConstraintSecurityHandler();
    security.setAuthenticator(new BasicAuthenticator());
    security.setLoginService(logins);
    security.setRealmName(REALM);
    security.setConstraintMappings(new ConstraintMapping[] {everything});
    security.setHandler(handler);
    return security;
  }
}
