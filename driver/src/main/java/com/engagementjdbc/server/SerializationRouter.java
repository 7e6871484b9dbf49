package com.engagementjdbc.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import org.apache.calcite.avatica.remote.Service.RpcMetadataResponse;
import org.apache.calcite.avatica.server.AvaticaHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * Serves Avatica's JSON and protobuf serializations on one address. Avatica's own server speaks one of them, and a
 * client names its serialization only in its own URL, not on the wire; but the two bodies cannot be confused: a
 * JSON request is an object (or, in Avatica's header form, a {@code request} header), while a protobuf
 * {@code WireMessage} opens with the tag of its first field.
 */
final class SerializationRouter extends AbstractHandler implements AvaticaHandler {
  private final AvaticaHandler json;
  private final AvaticaHandler protobuf;

  SerializationRouter(AvaticaHandler json, AvaticaHandler protobuf) {
    this.json = json;
    this.protobuf = protobuf;
    addBean(json);
    addBean(protobuf);
  }

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request,
      HttpServletResponse response) throws IOException, javax.servlet.ServletException {
    if (!"POST".equals(request.getMethod())) {
      return;
    }
    if (request.getHeader("request") != null) {
      json.handle(target, baseRequest, request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    AvaticaHandler chosen = isJson(body) ? json : protobuf;
    chosen.handle(target, baseRequest, new ReplayedBody(request, body), response);
  }

  private static boolean isJson(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return b == '{';
      }
    }
    return false;
  }

  @Override
  public void setServerRpcMetadata(RpcMetadataResponse metadata) {
    json.setServerRpcMetadata(metadata);
    protobuf.setServerRpcMetadata(metadata);
  }

  /** The request with its body already read, handed to the chosen handler as if unread. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already in memory");
        }
      };
    }
  }
}
