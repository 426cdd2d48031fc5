using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

/// <summary>
/// BuildKit's and moby's parser testfiles whose expected AST (the <c>result</c> file) is public: the parse must
/// print exactly that AST.
/// </summary>
[TestClass]
public sealed class BuildKitTestfileTests
{
    // moby/buildkit frontend/dockerfile/parser/testfiles/health.
    private const string HealthDockerfile =
            "FROM debian\n"
            + "ADD check.sh main.sh /app/\n"
            + "CMD /app/main.sh\n"
            + "HEALTHCHECK\n"
            + "HEALTHCHECK --interval=5s --timeout=3s --retries=3 \\\n"
            + "  CMD /app/check.sh --quiet\n"
            + "HEALTHCHECK CMD\n"
            + "HEALTHCHECK   CMD   a b\n"
            + "HEALTHCHECK --timeout=3s CMD [\"foo\"]\n"
            + "HEALTHCHECK CONNECT TCP 7000\n"
            + "HEALTHCHECK --start-period=0s --interval=5s --timeout=0s --retries=0 CMD [\"foo\"]\n";

    private const string HealthResult =
            "(from \"debian\")\n"
            + "(add \"check.sh\" \"main.sh\" \"/app/\")\n"
            + "(cmd \"/app/main.sh\")\n"
            + "(healthcheck)\n"
            + "(healthcheck [\"--interval=5s\" \"--timeout=3s\" \"--retries=3\"] \"CMD\" \"/app/check.sh --quiet\")\n"
            + "(healthcheck \"CMD\")\n"
            + "(healthcheck \"CMD\" \"a b\")\n"
            + "(healthcheck [\"--timeout=3s\"] \"CMD\" \"foo\")\n"
            + "(healthcheck \"CONNECT\" \"TCP 7000\")\n"
            + "(healthcheck [\"--start-period=0s\" \"--interval=5s\" \"--timeout=0s\" \"--retries=0\"] \"CMD\" \"foo\")\n";

    // moby/buildkit frontend/dockerfile/parser/testfiles/influxdb.
    private const string InfluxdbDockerfile =
            "FROM ubuntu:14.04\n"
            + "\n"
            + "RUN apt-get update && apt-get install --yes --force-yes apt-transport-https curl\n"
            + "RUN curl -sL https://repos.influxdata.com/influxdb.key | apt-key add -\n"
            + "RUN /bin/bash -c 'source /etc/lsb-release && echo \"deb https://repos.influxdata.com/${DISTRIB_ID,,} ${DISTRIB_CODENAME} stable\"' | tee \"/etc/apt/sources.list.d/influxdb.list\"\n"
            + "RUN apt-get update && sudo apt-get install influxdb\n"
            + "\n"
            + "CMD service influxdb start\n"
            + "\n"
            + "EXPOSE 8086\n"
            + "EXPOSE 8088\n"
            + "EXPOSE 8089/udp\n";

    private const string InfluxdbResult =
            "(from \"ubuntu:14.04\")\n"
            + "(run \"apt-get update && apt-get install --yes --force-yes apt-transport-https curl\")\n"
            + "(run \"curl -sL https://repos.influxdata.com/influxdb.key | apt-key add -\")\n"
            + "(run \"/bin/bash -c 'source /etc/lsb-release && echo \\\"deb https://repos.influxdata.com/${DISTRIB_ID,,} ${DISTRIB_CODENAME} stable\\\"' | tee \\\"/etc/apt/sources.list.d/influxdb.list\\\"\")\n"
            + "(run \"apt-get update && sudo apt-get install influxdb\")\n"
            + "(cmd \"service influxdb start\")\n"
            + "(expose \"8086\")\n"
            + "(expose \"8088\")\n"
            + "(expose \"8089/udp\")\n";

    // moby/moby builder/dockerfile/parser/testfiles/continueIndent (result as updated when comment lines stopped ending a continuation).
    private const string ContinueIndentDockerfile =
            "FROM ubuntu:14.04\n"
            + "\n"
            + "RUN echo hello\\\n"
            + "  world\\\n"
            + "  goodnight  \\\n"
            + "  moon\\\n"
            + "  light\\\n"
            + "ning\n"
            + "RUN echo hello  \\\n"
            + "  world\n"
            + "RUN echo hello  \\\n"
            + "world\n"
            + "RUN echo hello \\\n"
            + "goodbye\\\n"
            + "frog\n"
            + "RUN echo hi \\\n"
            + " \\\n"
            + " world \\\n"
            + "\\\n"
            + " good\\\n"
            + "\\\n"
            + "night\n"
            + "RUN echo goodbye\\\n"
            + "frog\n"
            + "RUN echo good\\\n"
            + "bye\\\n"
            + "frog\n"
            + "\n"
            + "RUN echo hello \\\n"
            + "# this is a comment that breaks escape continuation\n"
            + "RUN echo this is some more useful stuff\n";

    private const string ContinueIndentResult =
            "(from \"ubuntu:14.04\")\n"
            + "(run \"echo hello  world  goodnight    moon  lightning\")\n"
            + "(run \"echo hello    world\")\n"
            + "(run \"echo hello  world\")\n"
            + "(run \"echo hello goodbyefrog\")\n"
            + "(run \"echo hi   world  goodnight\")\n"
            + "(run \"echo goodbyefrog\")\n"
            + "(run \"echo goodbyefrog\")\n"
            + "(run \"echo hello RUN echo this is some more useful stuff\")\n";

    // moby/moby builder/dockerfile/parser/testfiles/ADD-COPY-with-JSON.
    private const string ADD_COPY_with_JSONDockerfile =
            "FROM\tubuntu:14.04\n"
            + "MAINTAINER\tSeongyeol Lim <seongyeol37@gmail.com>\n"
            + "\n"
            + "COPY\t.\t/go/src/github.com/docker/docker\n"
            + "ADD\t\t.\t/\n"
            + "ADD\t\tnull /\n"
            + "COPY\tnullfile /tmp\n"
            + "ADD\t\t[ \"vimrc\", \"/tmp\" ]\n"
            + "COPY\t[ \"bashrc\", \"/tmp\" ]\n"
            + "COPY\t[ \"test file\", \"/tmp\" ]\n"
            + "ADD\t\t[ \"test file\", \"/tmp/test file\" ]\n";

    private const string ADD_COPY_with_JSONResult =
            "(from \"ubuntu:14.04\")\n"
            + "(maintainer \"Seongyeol Lim <seongyeol37@gmail.com>\")\n"
            + "(copy \".\" \"/go/src/github.com/docker/docker\")\n"
            + "(add \".\" \"/\")\n"
            + "(add \"null\" \"/\")\n"
            + "(copy \"nullfile\" \"/tmp\")\n"
            + "(add \"vimrc\" \"/tmp\")\n"
            + "(copy \"bashrc\" \"/tmp\")\n"
            + "(copy \"test file\" \"/tmp\")\n"
            + "(add \"test file\" \"/tmp/test file\")\n";

    // moby/buildkit frontend/dockerfile/parser/testfiles/docker.
    private const string DockerDockerfile =
            "# This file describes the standard way to build Docker, using docker\n"
            + "#\n"
            + "# Usage:\n"
            + "#\n"
            + "# # Assemble the full dev environment. This is slow the first time.\n"
            + "# docker build -t docker .\n"
            + "#\n"
            + "# # Mount your source in an interactive container for quick testing:\n"
            + "# docker run -v `pwd`:/go/src/github.com/docker/docker --privileged -i -t docker bash\n"
            + "#\n"
            + "# # Run the test suite:\n"
            + "# docker run --privileged docker hack/make.sh test-unit test-integration test-docker-py\n"
            + "#\n"
            + "# Note: AppArmor used to mess with privileged mode, but this is no longer\n"
            + "# the case. Therefore, you don't have to disable it anymore.\n"
            + "#\n"
            + "\n"
            + "FROM\tubuntu:14.04\n"
            + "LABEL\tmaintainer\tTianon Gravi <admwiggin@gmail.com> (@tianon)\n"
            + "\n"
            + "# Packaged dependencies\n"
            + "RUN\tapt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -yq \\\n"
            + "\tapt-utils \\\n"
            + "\taufs-tools \\\n"
            + "\tautomake \\\n"
            + "\tbtrfs-tools \\\n"
            + "\tbuild-essential \\\n"
            + "\tcurl \\\n"
            + "\tdpkg-sig \\\n"
            + "\tgit \\\n"
            + "\tiptables \\\n"
            + "\tlibapparmor-dev \\\n"
            + "\tlibcap-dev \\\n"
            + "\tmercurial \\\n"
            + "\tpandoc \\\n"
            + "\tparallel \\\n"
            + "\treprepro \\\n"
            + "\truby1.9.1 \\\n"
            + "\truby1.9.1-dev \\\n"
            + "\ts3cmd=1.1.0* \\\n"
            + "\t--no-install-recommends\n"
            + "\n"
            + "# Get lvm2 source for compiling statically\n"
            + "RUN\tgit clone --no-checkout https://sourceware.org/git/lvm2.git /usr/local/lvm2 && cd /usr/local/lvm2 && git checkout -q v2_02_103\n"
            + "# see https://git.fedorahosted.org/cgit/lvm2.git/refs/tags for release tags\n"
            + "# note: we don't use \"git clone -b\" above because it then spews big nasty warnings about 'detached HEAD' state that we can't silence as easily as we can silence them using \"git checkout\" directly\n"
            + "\n"
            + "# Compile and install lvm2\n"
            + "RUN\tcd /usr/local/lvm2 && ./configure --enable-static_link && make device-mapper && make install_device-mapper\n"
            + "# see https://git.fedorahosted.org/cgit/lvm2.git/tree/INSTALL\n"
            + "\n"
            + "# Install Go\n"
            + "RUN\tcurl -sSL https://golang.org/dl/go1.3.src.tar.gz | tar -v -C /usr/local -xz\n"
            + "ENV\tPATH\t/usr/local/go/bin:$PATH\n"
            + "ENV\tGOPATH\t/go:/go/src/github.com/docker/docker/vendor\n"
            + "RUN\tcd /usr/local/go/src && ./make.bash --no-clean 2>&1\n"
            + "\n"
            + "# Compile Go for cross compilation\n"
            + "ENV\tDOCKER_CROSSPLATFORMS\t\\\n"
            + "\tlinux/386 linux/arm \\\n"
            + "\tdarwin/amd64 darwin/386 \\\n"
            + "\tfreebsd/amd64 freebsd/386 freebsd/arm\n"
            + "# (set an explicit GOARM of 5 for maximum compatibility)\n"
            + "ENV\tGOARM\t5\n"
            + "RUN\tcd /usr/local/go/src && bash -xc 'for platform in $DOCKER_CROSSPLATFORMS; do GOOS=${platform%/*} GOARCH=${platform##*/} ./make.bash --no-clean 2>&1; done'\n"
            + "\n"
            + "# Grab Go's cover tool for dead-simple code coverage testing\n"
            + "RUN\tgo get golang.org/x/tools/cmd/cover\n"
            + "\n"
            + "# TODO replace FPM with some very minimal debhelper stuff\n"
            + "RUN\tgem install --no-rdoc --no-ri fpm --version 1.0.2\n"
            + "\n"
            + "# Get the \"busybox\" image source so we can build locally instead of pulling\n"
            + "RUN\tgit clone -b buildroot-2014.02 https://github.com/jpetazzo/docker-busybox.git /docker-busybox\n"
            + "\n"
            + "# Setup s3cmd config\n"
            + "RUN\t/bin/echo -e '[default]\\naccess_key=$AWS_ACCESS_KEY\\nsecret_key=$AWS_SECRET_KEY' > /.s3cfg\n"
            + "\n"
            + "# Set user.email so crosbymichael's in-container merge commits go smoothly\n"
            + "RUN\tgit config --global user.email 'docker-dummy@example.com'\n"
            + "\n"
            + "# Add an unprivileged user to be used for tests which need it\n"
            + "RUN groupadd -r docker\n"
            + "RUN useradd --create-home --gid docker unprivilegeduser\n"
            + "\n"
            + "VOLUME\t/var/lib/docker\n"
            + "WORKDIR\t/go/src/github.com/docker/docker\n"
            + "ENV\tDOCKER_BUILDTAGS\tapparmor selinux\n"
            + "\n"
            + "# Wrap all commands in the \"docker-in-docker\" script to allow nested containers\n"
            + "ENTRYPOINT\t[\"hack/dind\"]\n"
            + "\n"
            + "# Upload docker source\n"
            + "COPY\t.\t/go/src/github.com/docker/docker\n";

    private const string DockerResult =
            "(from \"ubuntu:14.04\")\n"
            + "(label \"maintainer\" \"Tianon Gravi <admwiggin@gmail.com> (@tianon)\")\n"
            + "(run \"apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -yq \\tapt-utils \\taufs-tools \\tautomake \\tbtrfs-tools \\tbuild-essential \\tcurl \\tdpkg-sig \\tgit \\tiptables \\tlibapparmor-dev \\tlibcap-dev \\tmercurial \\tpandoc \\tparallel \\treprepro \\truby1.9.1 \\truby1.9.1-dev \\ts3cmd=1.1.0* \\t--no-install-recommends\")\n"
            + "(run \"git clone --no-checkout https://sourceware.org/git/lvm2.git /usr/local/lvm2 && cd /usr/local/lvm2 && git checkout -q v2_02_103\")\n"
            + "(run \"cd /usr/local/lvm2 && ./configure --enable-static_link && make device-mapper && make install_device-mapper\")\n"
            + "(run \"curl -sSL https://golang.org/dl/go1.3.src.tar.gz | tar -v -C /usr/local -xz\")\n"
            + "(env \"PATH\" \"/usr/local/go/bin:$PATH\")\n"
            + "(env \"GOPATH\" \"/go:/go/src/github.com/docker/docker/vendor\")\n"
            + "(run \"cd /usr/local/go/src && ./make.bash --no-clean 2>&1\")\n"
            + "(env \"DOCKER_CROSSPLATFORMS\" \"linux/386 linux/arm \\tdarwin/amd64 darwin/386 \\tfreebsd/amd64 freebsd/386 freebsd/arm\")\n"
            + "(env \"GOARM\" \"5\")\n"
            + "(run \"cd /usr/local/go/src && bash -xc 'for platform in $DOCKER_CROSSPLATFORMS; do GOOS=${platform%/*} GOARCH=${platform##*/} ./make.bash --no-clean 2>&1; done'\")\n"
            + "(run \"go get golang.org/x/tools/cmd/cover\")\n"
            + "(run \"gem install --no-rdoc --no-ri fpm --version 1.0.2\")\n"
            + "(run \"git clone -b buildroot-2014.02 https://github.com/jpetazzo/docker-busybox.git /docker-busybox\")\n"
            + "(run \"/bin/echo -e '[default]\\\\naccess_key=$AWS_ACCESS_KEY\\\\nsecret_key=$AWS_SECRET_KEY' > /.s3cfg\")\n"
            + "(run \"git config --global user.email 'docker-dummy@example.com'\")\n"
            + "(run \"groupadd -r docker\")\n"
            + "(run \"useradd --create-home --gid docker unprivilegeduser\")\n"
            + "(volume \"/var/lib/docker\")\n"
            + "(workdir \"/go/src/github.com/docker/docker\")\n"
            + "(env \"DOCKER_BUILDTAGS\" \"apparmor selinux\")\n"
            + "(entrypoint \"hack/dind\")\n"
            + "(copy \".\" \"/go/src/github.com/docker/docker\")\n";

    [TestMethod]
    [DataRow(HealthDockerfile, HealthResult, DisplayName = "health")]
    [DataRow(InfluxdbDockerfile, InfluxdbResult, DisplayName = "influxdb")]
    [DataRow(ContinueIndentDockerfile, ContinueIndentResult, DisplayName = "continueIndent")]
    [DataRow(ADD_COPY_with_JSONDockerfile, ADD_COPY_with_JSONResult, DisplayName = "ADD-COPY-with-JSON")]
    [DataRow(DockerDockerfile, DockerResult, DisplayName = "docker")]
    public void The_AST_matches_the_BuildKit_result_file(string dockerfile, string result)
    {
        var document = DockerfileParser.Parse(dockerfile);

        Assert.AreEqual(result, BuildKitAst.Dump(document));
    }
}
