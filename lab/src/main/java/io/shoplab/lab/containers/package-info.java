/**
 * The stacks as containers ({@code up --platform compose}; also how container-tests runs docker-compose.yml):
 * the Compose client on the lab's project, the containers as the engine describes them, their readiness,
 * and the experiments' lab on them.
 */
package io.shoplab.lab.containers;
