#!/usr/bin/env python3
"""Write throughput and idle live streams against a running Factdesk server (issue 20, BENCHMARKS.md).

  bench/outbox.py writes  [--url http://127.0.0.1:9184] [--seconds 20] [--threads 4]
  bench/outbox.py streams [--url ...] [--streams 100] [--hold 60] --pid <server pid>

writes: each thread posts comments on its own draft (one audited change each: one outbox row on a
build that has the outbox), then assigns and unassigns a fact-checker (a notifiable event: an outbox
row, three delivery rows, and in-app delivery in the background). Prints requests per second per kind.
streams: opens N authenticated GET /api/events streams, holds them idle, and prints the server's RSS
and CPU time before, after opening, and at the end of the hold. Needs the demo users (FACTDESK_DEMO).
"""
import argparse
import base64
import http.client
import json
import os
import socket
import sys
import threading
import time
import urllib.parse


def auth(user):
    return "Basic " + base64.b64encode(f"{user}:demo".encode()).decode()


class Client:
    def __init__(self, url):
        u = urllib.parse.urlparse(url)
        self.host, self.port = u.hostname, u.port
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)

    def call(self, user, method, path, body=None, headers=None):
        h = {"Authorization": auth(user), "Accept": "application/json"}
        if body is not None:
            h["Content-Type"] = "application/json"
            body = json.dumps(body)
        h.update(headers or {})
        self.conn.request(method, "/api/" + path, body=body, headers=h)
        r = self.conn.getresponse()
        data = r.read()
        return r.status, r.getheader("ETag"), (json.loads(data) if data and r.getheader("Content-Type", "").find("json") >= 0 else None)


def writes(args):
    counts = {"comment": 0, "assign+unassign": 0}
    errors = []
    lock = threading.Lock()
    deadline = [0.0]

    def worker(n):
        c = Client(args.url)
        status, _, article = c.call("editor", "POST", "articles", {"title": f"Bench {n} {time.time()}", "language": "en",
                                                                  "text": "One paragraph.\n\nAnother paragraph."})
        assert status == 201, status
        aid = article["id"]
        start.wait()
        i = 0
        while time.time() < deadline[0]:
            if i % 2 == 0:
                status, _, _ = c.call("editor", "POST", f"articles/{aid}/comments", {"body": f"Comment {i}"})
                kind, ok = "comment", status == 201
            else:
                status, _, a = c.call("editor", "POST", f"articles/{aid}/assignments",
                                      {"user": "checker", "role": "FACT_CHECKER", "due": "2099-01-01"})
                ok = status == 201
                if ok:
                    status, _, _ = c.call("editor", "DELETE", f"articles/{aid}/assignments/{a['id']}")
                    ok = status in (200, 204)
                kind = "assign+unassign"
            with lock:
                if ok:
                    counts[kind] += 1
                else:
                    errors.append(status)
            i += 1

    start = threading.Event()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.threads)]
    for t in threads:
        t.start()
    time.sleep(2)
    deadline[0] = time.time() + args.seconds
    start.set()
    for t in threads:
        t.join()
    print(json.dumps({"threads": args.threads, "seconds": args.seconds,
                      "per_second": {k: round(v / args.seconds, 1) for k, v in counts.items()},
                      "requests_per_second": round((counts["comment"] + 2 * counts["assign+unassign"]) / args.seconds, 1),
                      "errors": len(errors)}))


def proc(pid):
    with open(f"/proc/{pid}/status") as f:
        rss = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return rss // 1024, (int(fields[11]) + int(fields[12])) / ticks


def streams(args):
    u = urllib.parse.urlparse(args.url)
    before = proc(args.pid)
    socks = []
    for n in range(args.streams):
        s = socket.create_connection((u.hostname, u.port), timeout=10)
        s.sendall((f"GET /api/events HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nAuthorization: {auth('editor')}\r\n"
                   "Accept: text/event-stream\r\n\r\n").encode())
        head = s.recv(4096).decode(errors="replace")
        if " 200 " not in head.split("\r\n")[0]:
            print("stream", n, "refused:", head.split("\r\n")[0], file=sys.stderr)
            sys.exit(1)
        socks.append(s)
    time.sleep(5)
    opened = proc(args.pid)
    time.sleep(args.hold)
    end = proc(args.pid)
    for s in socks:
        s.close()
    print(json.dumps({"streams": args.streams, "hold_seconds": args.hold,
                      "rss_mb": {"before": before[0], "opened": opened[0], "end_of_hold": end[0]},
                      "cpu_seconds_during_hold": round(end[1] - opened[1], 2)}))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("what", choices=["writes", "streams"])
    p.add_argument("--url", default="http://127.0.0.1:9184")
    p.add_argument("--seconds", type=int, default=20)
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--streams", type=int, default=100)
    p.add_argument("--hold", type=int, default=60)
    p.add_argument("--pid", type=int)
    args = p.parse_args()
    writes(args) if args.what == "writes" else streams(args)


if __name__ == "__main__":
    main()
