module chronicle

go 1.26.8
