# Varnish 7.1 in front of several Blattwerk instances (Debian: apt-get install varnish varnish-modules).
#
#   varnishd -a :80 -f /etc/varnish/default.vcl -s malloc,1G
#
# The app names what each response shows in Surrogate-Key and says how long a shared cache may
# keep it in Cache-Control (s-maxage, stale-while-revalidate); Varnish follows both. Purges come
# from the app's purge forwarder (front/purge-forwarder.ts): `PURGE /` with the keys in an
# `xkey-purge` header, from an address in the `purgers` ACL. See README, "Deployment".
#
# Edit the backends (one per app instance, its `npm start` port) and the ACL; the rest needs no
# change. npm run test:cluster runs this file with only the two ports replaced.
vcl 4.1;

import directors;
import std;
import xkey;

# Healthy = /api/health answers 200 (the instance and its database work). Two failed probes
# of the last three mark an instance sick within about two seconds.
probe health {
    .url = "/api/health";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "3000";
    .probe = health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
    .max_connections = 200;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
    .max_connections = 200;
}

# Who may purge: the hosts running the app (its purge forwarder).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}

sub vcl_recv {
    # Never trust these from clients: they are ours.
    unset req.http.X-Cache-State;
    # The app (TRUST_PROXY=true) takes the first X-Forwarded-For hop as the client address for
    # its rate limits: only ours may be there. Behind a TLS terminator, have it speak the PROXY
    # protocol (hitch, haproxy `send-proxy`; varnishd -a :6086,PROXY) so client.ip is the reader.
    set req.http.X-Forwarded-For = client.ip;
    set req.backend_hint = app.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge header missing"));
        }
        # `all`: the app could not name the keys (too many, or purges may have been missed).
        if (req.http.xkey-purge ~ "(^|\s)all(\s|$)") {
            ban("obj.status != 0");
            return (synth(200, "Banned everything"));
        }
        return (synth(200, "Purged " + xkey.purge(req.http.xkey-purge)));
    }

    if (req.method !~ "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$") {
        return (synth(405, "Method Not Allowed"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed-in users (Auth.js session cookie) and Next's client navigations are personal.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(__Secure-)?authjs\.session-token(\.\d+)?=") {
        return (pass);
    }
    if (req.http.RSC || req.http.Next-Router-State-Tree || req.url ~ "[?&]_rsc=") {
        return (pass);
    }
    # Anonymous page views do not depend on any other cookie (a CSRF or callback cookie of a
    # half-finished sign-in): the app renders them without.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # The app answers HTTPS requests with HSTS: the scheme a TLS terminator saw is part of the key.
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_hit {
    if (obj.ttl <= 0s) {
        set req.http.X-Cache-State = "STALE";
    } else {
        set req.http.X-Cache-State = "HIT";
    }
}

sub vcl_miss {
    set req.http.X-Cache-State = "MISS";
}

sub vcl_pass {
    set req.http.X-Cache-State = "PASS";
}

sub vcl_backend_fetch {
    # Anonymous fills carry no conditional headers of one client (the app's ETag is per render).
    if (bereq.uncacheable == false) {
        unset bereq.http.If-None-Match;
        unset bereq.http.If-Modified-Since;
    }
}

sub vcl_backend_response {
    # A stopping instance answers 503 for a moment: a read goes to the next one.
    if (beresp.status == 503 && bereq.retries < 1 && bereq.method ~ "^(GET|HEAD)$") {
        return (retry);
    }
    # xkey reads the `xkey` header: the app's Surrogate-Key (Fastly's name for the same list).
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # TTL from s-maxage and grace from stale-while-revalidate are Varnish's defaults; `private`,
    # `no-store` and Set-Cookie make a response uncacheable in the builtin VCL that follows.
    # Keep expired objects a while longer for conditional fetches (the app answers 304).
    set beresp.keep = 1h;
}

sub vcl_backend_error {
    # An instance that just went away (stopped, restarted): try a read on the next one before
    # the probe has noticed. Requests with a body are never retried.
    if (bereq.retries < 2 && bereq.method ~ "^(GET|HEAD)$") {
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.xkey;
    set resp.http.X-Cache = req.http.X-Cache-State;
    if (obj.hits > 0) {
        set resp.http.X-Cache-Hits = obj.hits;
    }
}

sub vcl_synth {
    if (req.method == "PURGE") {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = resp.reason;
        return (deliver);
    }
}
