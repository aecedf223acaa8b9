/** {@code ./shoplab watch}: a live page of both stacks, second by second, served on 127.0.0.1. */
package io.shoplab.lab.watch;
