package org.w3id.kazaz.cli;
public class Main { public static void main(String[] a) {} }
