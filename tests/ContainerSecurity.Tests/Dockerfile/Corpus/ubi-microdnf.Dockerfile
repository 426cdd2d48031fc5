FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y --nodocs shadow-utils tar gzip \
    && microdnf clean all \
    && useradd -r -u 1001 -g 0 -d /opt/app -s /sbin/nologin app

FROM registry.access.redhat.com/ubi9/ubi:9.4 AS tools
RUN dnf install -y --setopt=install_weak_deps=False git \
    && dnf clean all \
    && yum -y install which && yum clean all
