"""Avatica's JSON protocol over HTTP: one request, one response, errors turned into PEP 249 exceptions.

Every request is a JSON object POSTed to the server's root; the server answers 200 with the response object, 500
with an error object carrying the SQLSTATE, and 401 (with an HTML page) when HTTP Basic authentication is required
and missing or wrong.

Two rules of Avatica's JSON that its reference page does not spell out, both found against the server:

- ``prepareAndExecute`` takes ``maxRowsTotal`` (the limit of the whole result) and ``maxRowsInFirstFrame``; when the
  latter is missing it counts as 0, and the server answers an empty first frame marked ``done`` and closes the
  result, so a query silently returns no rows. ``execute`` takes only ``maxRowCount``, the size of its first frame.
- A first frame holds at most 100 rows whatever is asked (only -2, "everything at once", lifts the cap); the rest
  comes with ``fetch``, whose ``offset`` must be the number of rows already received: the server reads on from
  where it stopped and only echoes the offset back.
"""

import base64
import decimal
import http.client
import json
import socket
import urllib.error
import urllib.request
import uuid

from .errors import InterfaceError, OperationalError, error_from_response

# rows asked for in every frame; the server caps a first frame at 100 and honours this for the following ones
FRAME_ROWS = 1000


class AvaticaClient:
    """One Avatica connection on a server: its id, the HTTP endpoint and the credentials sent with every request."""

    def __init__(self, url, user, password, timeout):
        self.url = url
        self.user = user
        self.timeout = timeout
        self.connection_id = str(uuid.uuid4())
        self._headers = {"Content-Type": "application/json; charset=utf-8"}
        if user is not None:
            token = base64.b64encode(("%s:%s" % (user, password or "")).encode("utf-8")).decode("ascii")
            self._headers["Authorization"] = "Basic " + token

    # --- connection and statements ---

    def open(self):
        """Opens the connection on the server. No property is sent: the server fixes them all (and refuses any)."""
        self.call("openConnection", info={})

    def close(self):
        self.call("closeConnection")

    def sync(self):
        """The server's properties of this connection (``schema``, ``readOnly``, ``autoCommit``...)."""
        return self.call("connectionSync", connProps={"connProps": "connPropsImpl", "dirty": False})["connProps"]

    def create_statement(self):
        return self.call("createStatement")["statementId"]

    def close_statement(self, statement_id):
        self.call("closeStatement", statementId=statement_id)

    def prepare_and_execute(self, statement_id, sql):
        """Runs SQL without parameters on a statement; the result set response (first frame included)."""
        response = self.call("prepareAndExecute", statementId=statement_id, sql=sql, maxRowsTotal=-1,
                             maxRowsInFirstFrame=FRAME_ROWS)
        return _only_result(response, statement_id)

    def prepare(self, sql):
        """Prepares SQL with ``?`` parameters; the statement handle (id, signature with the parameters' types)."""
        return self.call("prepare", sql=sql, maxRowCount=-1)["statement"]

    def execute(self, handle, parameter_values):
        """Executes a prepared statement with typed values; the result set response."""
        # the only request without a connectionId of its own: the handle carries it
        response = self._post("execute", {"statementHandle": handle, "parameterValues": parameter_values,
                                          "maxRowCount": FRAME_ROWS})
        return _only_result(response, handle["id"])

    def fetch(self, statement_id, offset):
        """The frame of rows following the first ``offset`` rows of the statement's result."""
        response = self.call("fetch", statementId=statement_id, offset=offset, fetchMaxRowCount=FRAME_ROWS)
        if response.get("missingStatement") or response.get("missingResults"):
            raise OperationalError("the server no longer has the result of statement %d (it drops results left "
                                   "unread for 5 minutes); run the query again" % statement_id)
        return response["frame"]

    def database_properties(self):
        return self.call("databaseProperties")["map"]

    # --- transport ---

    def call(self, request, **arguments):
        """Sends one request of this connection and returns the decoded response, or raises the mapped error."""
        return self._post(request, dict(arguments, connectionId=self.connection_id))

    def _post(self, request, arguments):
        body = dict(arguments, request=request)
        http_request = urllib.request.Request(self.url, data=json.dumps(body).encode("utf-8"),
                                              headers=self._headers, method="POST")
        status, payload = self._send(http_request)
        response = _decode(payload, self.url)
        if status != 200 or response.get("response") == "error":
            raise error_from_response(response, request)
        return response

    def _send(self, http_request):
        try:
            with urllib.request.urlopen(http_request, timeout=self.timeout) as http_response:
                return http_response.status, http_response.read()
        except urllib.error.HTTPError as error:
            with error:
                payload = error.read()
            if error.code == 401:
                raise self._authentication_error() from error
            if error.code == 500 and payload.lstrip().startswith(b"{"):
                return error.code, payload
            raise OperationalError("the server at %s answered HTTP %d %s" % (self.url, error.code, error.reason),
                                   "08S01") from error
        except urllib.error.URLError as error:
            raise OperationalError("cannot reach the Engagement JDBC server at %s: %s" % (self.url, error.reason),
                                   "08001") from error
        except (socket.timeout, TimeoutError) as error:
            raise OperationalError("the server at %s did not answer within %s seconds" % (self.url, self.timeout),
                                   "HYT00") from error
        except (ConnectionError, http.client.HTTPException) as error:
            raise OperationalError("the connection to %s broke: %s" % (self.url, error), "08S01") from error

    def _authentication_error(self):
        if self.user is None:
            reason = "the server requires a user name and password (HTTP Basic) and none was given"
        else:
            reason = "the server refused user %r with this password" % self.user
        return OperationalError("authentication failed at %s: %s (HTTP 401)" % (self.url, reason), "28000")


def _decode(payload, url):
    try:
        return json.loads(payload.decode("utf-8"), parse_float=decimal.Decimal)
    except ValueError as error:
        raise InterfaceError("the answer of %s is not Avatica JSON (is it an Engagement JDBC server?): %r"
                             % (url, payload[:200])) from error


def _only_result(response, statement_id):
    """The single result set of an execute response; Avatica reports a statement it no longer knows by a flag."""
    if response.get("missingStatement"):
        raise OperationalError("the server no longer has statement %d (it drops statements left unused for "
                               "5 minutes); run the query again" % statement_id)
    return response["results"][0]
