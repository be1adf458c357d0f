"""A threaded HTTP server on 127.0.0.1 for the tests that fetch (nothing leaves the machine)."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from http.server import ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass    # a client that gave up (a timeout test) is the test working, not a failure


@contextmanager
def serve(handler):
    """Serve ``handler`` on a free port; ``.hits`` is a list handlers may append to."""
    httpd = _Server(("127.0.0.1", 0), handler)
    httpd.hits = []
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
