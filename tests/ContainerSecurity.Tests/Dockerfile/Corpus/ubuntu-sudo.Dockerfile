FROM ubuntu:24.04
ENV TZ=Etc/UTC LANG=C.UTF-8
RUN apt-get update && apt-get install -y sudo tzdata && rm -rf /var/lib/apt/lists/*
RUN useradd -m -s /bin/bash dev && echo 'dev ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/dev
USER dev
WORKDIR /home/dev
RUN sudo apt-get update && sudo apt-get install -y git make
RUN cd /tmp && git clone https://github.com/example/tool.git && cd tool && make install PREFIX=$HOME/.local
ENV PATH=/home/dev/.local/bin:$PATH
CMD bash
