package com.example;

import org.apache.camel.main.Main;

public class MyApplication {

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.configure().addRoutesBuilder(new CreateCustomerRoute());
        main.run(args); // until Ctrl-C
    }
}
