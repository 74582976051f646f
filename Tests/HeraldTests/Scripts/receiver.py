"""A webhook and WebSub hub receiver for the tests, on loopback only.

Usage: receiver.py LOG [--responses 500,429:1,sleep:2,close,kill,204] [--pid-file F] [--webhook-secret S]

Listens on 127.0.0.1 on a port the system picks and prints that port on its first line. Each
request is appended to LOG as one JSON line (time, method, path, headers, body, and with
--webhook-secret whether its Standard Webhooks signature is valid). Responses follow the list in
turn, then 204 for the rest:
  NNN        answer with status NNN (a JSON body for 2xx)
  NNN:S      answer NNN with `Retry-After: S`
  sleep:S    wait S seconds, then answer 204 (a client with a shorter timeout gives up)
  close      close the connection without answering
  kill       SIGKILL the process whose pid is in --pid-file, then answer 204
  echo:NNN   answer NNN with the request echoed back, as Spring Boot's error page and many proxies
             do: the Authorization header, the path (also with / escaped as \\/) and the body
"""
import argparse
import base64
import hashlib
import hmac
import json
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def signature_valid(secret, headers, body):
    key = base64.b64decode(secret[len("whsec_"):] if secret.startswith("whsec_") else secret)
    signed = f"{headers.get('webhook-id')}.{headers.get('webhook-timestamp')}.".encode() + body
    expected = "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return any(hmac.compare_digest(expected, part) for part in headers.get("webhook-signature", "").split(" "))


def kill_from(pid_file):
    for _ in range(100):
        if os.path.exists(pid_file):
            text = open(pid_file).read().strip()
            if text:
                os.kill(int(text), signal.SIGKILL)
                time.sleep(0.2)
                return
        time.sleep(0.05)


def echo(status, headers, path, raw):
    def quoted(text, escape_slashes=False):
        text = json.dumps(text)
        return text.replace("/", "\\/") if escape_slashes else text

    return ('{"status":%d,"error":"Bad Request","authorization":%s,"path":%s,"escaped":%s,"request":%s}' % (
        status, quoted(headers.get("authorization", "")), quoted(path), quoted(path, True),
        quoted(raw.decode("utf-8", "replace")))).encode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("--responses", default="")
    parser.add_argument("--pid-file")
    parser.add_argument("--webhook-secret")
    options = parser.parse_args()
    responses = [r for r in options.responses.split(",") if r]
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def handle_any(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            record = {
                "time": time.time(),
                "method": self.command,
                "path": self.path,
                "headers": headers,
                "body": raw.decode("utf-8", "replace"),
            }
            if options.webhook_secret:
                record["signature_valid"] = signature_valid(options.webhook_secret, headers, raw)
            with lock:
                with open(options.log, "a", encoding="utf-8") as log:
                    log.write(json.dumps(record) + "\n")
                response = responses.pop(0) if responses else "204"
            if response == "close":
                self.close_connection = True
                self.connection.shutdown(2)
                return
            if response == "kill":
                kill_from(options.pid_file)
                response = "200"
            if response.startswith("echo:"):
                body = echo(int(response[5:]), headers, self.path, raw)
                self.send_response(int(response[5:]))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            if response.startswith("sleep:"):
                time.sleep(float(response.split(":")[1]))
                response = "204"
            status, _, retry_after = response.partition(":")
            body = b'{"ok":true,"id":"1"}' if status.startswith("2") and status != "204" else b""
            self.send_response(int(status))
            if retry_after:
                self.send_header("Retry-After", retry_after)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

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
