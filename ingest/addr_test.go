package ingest

import (
	"net/netip"
	"testing"
)

func TestBlocked(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1", true},
		{"127.1.2.3", true},
		{"::1", true},
		{"10.0.0.1", true},
		{"172.16.5.4", true},
		{"172.31.255.255", true},
		{"172.32.0.1", false},
		{"192.168.1.1", true},
		{"169.254.169.254", true}, // cloud metadata
		{"169.254.1.1", true},
		{"100.64.0.1", true}, // CGNAT
		{"100.100.100.200", true},
		{"100.128.0.1", false},
		{"0.0.0.0", true},
		{"0.1.2.3", true},
		{"224.0.0.1", true},
		{"239.255.255.250", true},
		{"255.255.255.255", true},
		{"192.0.2.7", true},
		{"198.18.0.1", true},
		{"::", true},
		{"fe80::1", true},
		{"fc00::1", true},
		{"fd00:ec2::254", true}, // AWS IPv6 metadata
		{"ff02::1", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:10.1.1.1", true},
		{"64:ff9b::a00:1", true},    // NAT64 of 10.0.0.1
		{"64:ff9b::808:808", false}, // NAT64 of 8.8.8.8
		{"2002:c0a8:101::1", true},  // 6to4 of 192.168.1.1
		{"2001:db8::1", true},
		{"8.8.8.8", false},
		{"93.184.215.14", false},
		{"1.1.1.1", false},
		{"2606:4700:4700::1111", false},
		{"::ffff:8.8.8.8", false},
	}
	for _, tt := range tests {
		a := netip.MustParseAddr(tt.addr)
		if got := Blocked(a); got != tt.want {
			t.Errorf("Blocked(%s) = %v; want %v", tt.addr, got, tt.want)
		}
	}
	if !Blocked(netip.Addr{}) {
		t.Errorf("Blocked(zero Addr) = false; want true")
	}
}
