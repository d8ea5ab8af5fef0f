"""Serves the repository root on 127.0.0.1 for the page in www/ (which loads ../pkg/).

Python's http.server with the MIME types and headers the page needs: .wasm as application/wasm
(so streaming compilation works), .mjs as JavaScript, no caching while developing, and the page's
Content-Security-Policy with frame-ancestors and X-Frame-Options (which a meta tag cannot set).

Text and .wasm files go out gzip'd (level 9) to a browser that accepts it: the page's module is a
third of its raw size on the wire. Each file is compressed once and kept while its size and
modification time stay the same, so a rebuilt pkg/ is picked up without a restart. gzip only:
brotli would need a package outside Python's standard library.
"""
import functools
import gzip
import http.server
import io
import os
import sys


CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


# Compressing pays for these; images and the like are sent as they are.
COMPRESSIBLE = {".wasm", ".js", ".mjs", ".json", ".html", ".css", ".svg", ".txt", ".map", ".ts"}
# path -> (size, mtime_ns, gzip'd bytes). A dict's get and set are atomic; two threads that miss
# together only compress the same file twice.
_GZIPPED = {}


def gzipped(path, stat):
    key = (stat.st_size, stat.st_mtime_ns)
    hit = _GZIPPED.get(path)
    if hit and hit[:2] == key:
        return hit[2]
    with open(path, "rb") as f:
        body = gzip.compress(f.read(), compresslevel=9, mtime=0)
    _GZIPPED[path] = (*key, body)
    return body


def accepts_gzip(header):
    """True when Accept-Encoding gives gzip, or failing that *, a weight above 0 (RFC 9110 12.5.3)."""
    weights = {}
    for part in (header or "").split(","):
        name, _, params = part.strip().partition(";")
        q = params.strip().lower()
        try:
            weights[name.strip().lower()] = float(q[2:]) if q.startswith("q=") else 1.0
        except ValueError:
            weights[name.strip().lower()] = 0.0
    return weights.get("gzip", weights.get("*", 0.0)) > 0


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
    }

    def send_head(self):
        path = self.translate_path(self.path)
        if self.path.split("?", 1)[0].endswith("/") and os.path.isdir(path):
            path = os.path.join(path, "index.html")
        ext = os.path.splitext(path)[1].lower()
        if (
            ext not in COMPRESSIBLE
            or not os.path.isfile(path)
            or not accepts_gzip(self.headers.get("Accept-Encoding"))
        ):
            return super().send_head()
        try:
            body = gzipped(path, os.stat(path))
        except OSError:
            return super().send_head()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)

    def end_headers(self):
        # The page's policy (its <meta> tag, which tests/e2e compare with this) plus what a meta
        # tag cannot say: no framing by other pages.
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, fmt, *args):
        if os.environ.get("QUIET_SERVER") != "1":
            super().log_message(fmt, *args)


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    handler = functools.partial(Handler, directory=root)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
