FROM registry.opensuse.org/opensuse/leap:15.6
RUN zypper --non-interactive refresh \
 && zypper --non-interactive install --no-recommends curl=8.6.0 gzip \
 && zypper clean --all
RUN groupadd -r app && useradd -r -g app app
USER app
CMD ["/bin/sh"]
