ARG PYTHON_VERSION=3.11
FROM python:${PYTHON_VERSION}-bookworm
ARG POETRY_VERSION=1.8.3
ENV POETRY_HOME=/opt/poetry POETRY_VIRTUALENVS_IN_PROJECT=true
RUN curl -sSL https://install.python-poetry.org | python3 - --version ${POETRY_VERSION}
ENV PATH="${POETRY_HOME}/bin:${PATH}"
WORKDIR /srv
COPY pyproject.toml poetry.lock* ./
RUN poetry install --no-root --only main --no-interaction
COPY src/ ./src/
RUN poetry install --only-root
STOPSIGNAL SIGINT
ENTRYPOINT ["poetry", "run", "python", "-m", "service"]
