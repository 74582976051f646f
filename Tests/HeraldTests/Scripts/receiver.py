"""A webhook and WebSub hub receiver for the tests, on loopback only.

Usage: receiver.py LOG [--statuses 500,500,204] [--delay SECONDS]

Listens on 127.0.0.1 on a port the system picks and prints that port on its first line. Each
request is appended to LOG as one JSON line (method, path, headers, body). Responses take the
statuses given in turn, then 204 for the rest; --delay holds each response back.
"""
import argparse
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("--statuses", default="")
    parser.add_argument("--delay", type=float, default=0)
    options = parser.parse_args()
    statuses = [int(s) for s in options.statuses.split(",") if s]
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def handle_any(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            with lock:
                with open(options.log, "a", encoding="utf-8") as log:
                    log.write(json.dumps({
                        "method": self.command,
                        "path": self.path,
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                        "body": body,
                    }) + "\n")
                status = statuses.pop(0) if statuses else 204
            time.sleep(options.delay)
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = handle_any
        do_PUT = handle_any
        do_GET = handle_any

        def log_message(self, *arguments):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
