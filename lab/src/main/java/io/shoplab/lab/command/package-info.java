/** The command line: its entry ({@link io.shoplab.lab.command.ShopLab}) and its subcommands. */
package io.shoplab.lab.command;
