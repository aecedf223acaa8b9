/** The CLI's subcommands. */
package io.shoplab.lab.command;
