FROM nginx:1.27-alpine
LABEL maintainer="ops@example.com"
RUN rm /etc/nginx/conf.d/default.conf \
    && mkdir -p /var/cache/nginx/client_temp \
    && chown -R nginx:nginx /var/cache/nginx /var/run
COPY nginx.conf /etc/nginx/nginx.conf
COPY --chown=nginx:nginx site/ /usr/share/nginx/html/
EXPOSE 8080
STOPSIGNAL SIGQUIT
USER nginx
HEALTHCHECK CMD wget -q --spider http://localhost:8080/ || exit 1
CMD ["nginx", "-g", "daemon off;"]
