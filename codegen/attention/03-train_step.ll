; ModuleID = 'attention'
source_filename = "attention"
; target triple = <host> (set by eptc at compile time)

; Function Attrs: nounwind
define i32 @eptc_entry_3(i8** %0) #0 {
entry:
  %1 = call i32 @eptc_entry_3_part0(i8** %0)
  %2 = icmp ne i32 %1, 0
  br i1 %2, label %failed, label %next

failed:                                           ; preds = %entry
  ret i32 %1

next:                                             ; preds = %entry
  %3 = call i32 @eptc_entry_3_part1(i8** %0)
  %4 = icmp ne i32 %3, 0
  br i1 %4, label %failed1, label %next2

failed1:                                          ; preds = %next
  ret i32 %3

next2:                                            ; preds = %next
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @eptc_entry_3_part0(i8** %0) #1 {
entry:
  %pointers = alloca i8*, i64 4, align 8
  %1 = getelementptr inbounds i8*, i8** %0, i64 31
  %2 = load i8*, i8** %1, align 8
  %3 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2, i8** %3, align 8
  %4 = bitcast i8** %pointers to i8*
  %5 = call i1 @eptc_check_1(i8* %4)
  br i1 %5, label %invalid, label %valid

invalid:                                          ; preds = %entry
  ret i32 4

valid:                                            ; preds = %entry
  %6 = getelementptr inbounds i8*, i8** %0, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %7, i8** %8, align 8
  %9 = getelementptr inbounds i8*, i8** %0, i64 31
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %10, i8** %11, align 8
  %12 = getelementptr inbounds i8*, i8** %0, i64 67
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 6144
  %15 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %14, i8** %15, align 8
  %16 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_1(i8* %16, i64 0, i64 16)
  %17 = getelementptr inbounds i8*, i8** %0, i64 67
  %18 = load i8*, i8** %17, align 8
  %19 = getelementptr inbounds i8, i8* %18, i64 6144
  %20 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %19, i8** %20, align 8
  %21 = getelementptr inbounds i8*, i8** %0, i64 2
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %22, i8** %23, align 8
  %24 = getelementptr inbounds i8*, i8** %0, i64 67
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 7168
  %27 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %26, i8** %27, align 8
  %28 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %28, i64 0, i64 16)
  %29 = getelementptr inbounds i8*, i8** %0, i64 67
  %30 = load i8*, i8** %29, align 8
  %31 = getelementptr inbounds i8, i8* %30, i64 7168
  %32 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %31, i8** %32, align 8
  %33 = getelementptr inbounds i8*, i8** %0, i64 3
  %34 = load i8*, i8** %33, align 8
  %35 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %34, i8** %35, align 8
  %36 = getelementptr inbounds i8*, i8** %0, i64 67
  %37 = load i8*, i8** %36, align 8
  %38 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %37, i8** %38, align 8
  %39 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %39, i64 0, i64 16)
  %40 = getelementptr inbounds i8*, i8** %0, i64 67
  %41 = load i8*, i8** %40, align 8
  %42 = getelementptr inbounds i8, i8* %41, i64 8192
  %43 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %42, i8** %43, align 8
  %44 = getelementptr inbounds i8*, i8** %0, i64 67
  %45 = load i8*, i8** %44, align 8
  %46 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %45, i8** %46, align 8
  %47 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %47, i64 0, i64 2)
  %48 = getelementptr inbounds i8*, i8** %0, i64 67
  %49 = load i8*, i8** %48, align 8
  %50 = getelementptr inbounds i8, i8* %49, i64 7168
  %51 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %50, i8** %51, align 8
  %52 = getelementptr inbounds i8*, i8** %0, i64 4
  %53 = load i8*, i8** %52, align 8
  %54 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %53, i8** %54, align 8
  %55 = getelementptr inbounds i8*, i8** %0, i64 67
  %56 = load i8*, i8** %55, align 8
  %57 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %56, i8** %57, align 8
  %58 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %58, i64 0, i64 16)
  %59 = getelementptr inbounds i8*, i8** %0, i64 67
  %60 = load i8*, i8** %59, align 8
  %61 = getelementptr inbounds i8, i8* %60, i64 13696
  %62 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %61, i8** %62, align 8
  %63 = getelementptr inbounds i8*, i8** %0, i64 67
  %64 = load i8*, i8** %63, align 8
  %65 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %64, i8** %65, align 8
  %66 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %66, i64 0, i64 2)
  %67 = getelementptr inbounds i8*, i8** %0, i64 67
  %68 = load i8*, i8** %67, align 8
  %69 = getelementptr inbounds i8, i8* %68, i64 7168
  %70 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %69, i8** %70, align 8
  %71 = getelementptr inbounds i8*, i8** %0, i64 5
  %72 = load i8*, i8** %71, align 8
  %73 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %72, i8** %73, align 8
  %74 = getelementptr inbounds i8*, i8** %0, i64 67
  %75 = load i8*, i8** %74, align 8
  %76 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %75, i8** %76, align 8
  %77 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %77, i64 0, i64 16)
  %78 = getelementptr inbounds i8*, i8** %0, i64 67
  %79 = load i8*, i8** %78, align 8
  %80 = getelementptr inbounds i8, i8* %79, i64 14720
  %81 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %80, i8** %81, align 8
  %82 = getelementptr inbounds i8*, i8** %0, i64 67
  %83 = load i8*, i8** %82, align 8
  %84 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %83, i8** %84, align 8
  %85 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %85, i64 0, i64 2)
  %86 = getelementptr inbounds i8*, i8** %0, i64 67
  %87 = load i8*, i8** %86, align 8
  %88 = getelementptr inbounds i8, i8* %87, i64 8192
  %89 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %88, i8** %89, align 8
  %90 = getelementptr inbounds i8*, i8** %0, i64 67
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 13696
  %93 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %92, i8** %93, align 8
  %94 = getelementptr inbounds i8*, i8** %0, i64 67
  %95 = load i8*, i8** %94, align 8
  %96 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %95, i8** %96, align 8
  %97 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %97, i64 0, i64 32)
  %98 = getelementptr inbounds i8*, i8** %0, i64 67
  %99 = load i8*, i8** %98, align 8
  %100 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %99, i8** %100, align 8
  %101 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %101, i64 0, i64 1)
  %102 = getelementptr inbounds i8*, i8** %0, i64 67
  %103 = load i8*, i8** %102, align 8
  %104 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %103, i8** %104, align 8
  %105 = getelementptr inbounds i8*, i8** %0, i64 67
  %106 = load i8*, i8** %105, align 8
  %107 = getelementptr inbounds i8, i8* %106, i64 15744
  %108 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %107, i8** %108, align 8
  %109 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %109, i64 0, i64 32)
  %110 = getelementptr inbounds i8*, i8** %0, i64 67
  %111 = load i8*, i8** %110, align 8
  %112 = getelementptr inbounds i8, i8* %111, i64 15744
  %113 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %112, i8** %113, align 8
  %114 = getelementptr inbounds i8*, i8** %0, i64 67
  %115 = load i8*, i8** %114, align 8
  %116 = getelementptr inbounds i8, i8* %115, i64 14720
  %117 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %116, i8** %117, align 8
  %118 = getelementptr inbounds i8*, i8** %0, i64 67
  %119 = load i8*, i8** %118, align 8
  %120 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %119, i8** %120, align 8
  %121 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %121, i64 0, i64 32)
  %122 = getelementptr inbounds i8*, i8** %0, i64 67
  %123 = load i8*, i8** %122, align 8
  %124 = getelementptr inbounds i8, i8* %123, i64 16768
  %125 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %124, i8** %125, align 8
  %126 = getelementptr inbounds i8*, i8** %0, i64 67
  %127 = load i8*, i8** %126, align 8
  %128 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %127, i8** %128, align 8
  %129 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %129, i64 0, i64 2)
  %130 = getelementptr inbounds i8*, i8** %0, i64 67
  %131 = load i8*, i8** %130, align 8
  %132 = getelementptr inbounds i8, i8* %131, i64 16768
  %133 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %132, i8** %133, align 8
  %134 = getelementptr inbounds i8*, i8** %0, i64 6
  %135 = load i8*, i8** %134, align 8
  %136 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %135, i8** %136, align 8
  %137 = getelementptr inbounds i8*, i8** %0, i64 67
  %138 = load i8*, i8** %137, align 8
  %139 = getelementptr inbounds i8, i8* %138, i64 17792
  %140 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %139, i8** %140, align 8
  %141 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %141, i64 0, i64 16)
  %142 = getelementptr inbounds i8*, i8** %0, i64 67
  %143 = load i8*, i8** %142, align 8
  %144 = getelementptr inbounds i8, i8* %143, i64 17792
  %145 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %144, i8** %145, align 8
  %146 = getelementptr inbounds i8*, i8** %0, i64 67
  %147 = load i8*, i8** %146, align 8
  %148 = getelementptr inbounds i8, i8* %147, i64 6144
  %149 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %148, i8** %149, align 8
  %150 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_10(i8* %150, i64 0, i64 1)
  %151 = getelementptr inbounds i8*, i8** %0, i64 67
  %152 = load i8*, i8** %151, align 8
  %153 = getelementptr inbounds i8, i8* %152, i64 17792
  %154 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %153, i8** %154, align 8
  %155 = getelementptr inbounds i8*, i8** %0, i64 7
  %156 = load i8*, i8** %155, align 8
  %157 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %156, i8** %157, align 8
  %158 = getelementptr inbounds i8*, i8** %0, i64 67
  %159 = load i8*, i8** %158, align 8
  %160 = getelementptr inbounds i8, i8* %159, i64 18816
  %161 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %160, i8** %161, align 8
  %162 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %162, i64 0, i64 16)
  %163 = getelementptr inbounds i8*, i8** %0, i64 67
  %164 = load i8*, i8** %163, align 8
  %165 = getelementptr inbounds i8, i8* %164, i64 18816
  %166 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %165, i8** %166, align 8
  %167 = getelementptr inbounds i8*, i8** %0, i64 8
  %168 = load i8*, i8** %167, align 8
  %169 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %168, i8** %169, align 8
  %170 = getelementptr inbounds i8*, i8** %0, i64 67
  %171 = load i8*, i8** %170, align 8
  %172 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %171, i8** %172, align 8
  %173 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_11(i8* %173, i64 0, i64 16)
  %174 = getelementptr inbounds i8*, i8** %0, i64 67
  %175 = load i8*, i8** %174, align 8
  %176 = getelementptr inbounds i8, i8* %175, i64 2048
  %177 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %176, i8** %177, align 8
  %178 = getelementptr inbounds i8*, i8** %0, i64 67
  %179 = load i8*, i8** %178, align 8
  %180 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %179, i8** %180, align 8
  %181 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_12(i8* %181, i64 0, i64 1)
  %182 = getelementptr inbounds i8*, i8** %0, i64 67
  %183 = load i8*, i8** %182, align 8
  %184 = getelementptr inbounds i8, i8* %183, i64 2048
  %185 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %184, i8** %185, align 8
  %186 = getelementptr inbounds i8*, i8** %0, i64 9
  %187 = load i8*, i8** %186, align 8
  %188 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %187, i8** %188, align 8
  %189 = getelementptr inbounds i8*, i8** %0, i64 67
  %190 = load i8*, i8** %189, align 8
  %191 = getelementptr inbounds i8, i8* %190, i64 4096
  %192 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %191, i8** %192, align 8
  %193 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_13(i8* %193, i64 0, i64 16)
  %194 = getelementptr inbounds i8*, i8** %0, i64 67
  %195 = load i8*, i8** %194, align 8
  %196 = getelementptr inbounds i8, i8* %195, i64 4096
  %197 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %196, i8** %197, align 8
  %198 = getelementptr inbounds i8*, i8** %0, i64 67
  %199 = load i8*, i8** %198, align 8
  %200 = getelementptr inbounds i8, i8* %199, i64 17792
  %201 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %200, i8** %201, align 8
  %202 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_10(i8* %202, i64 0, i64 1)
  %203 = getelementptr inbounds i8*, i8** %0, i64 67
  %204 = load i8*, i8** %203, align 8
  %205 = getelementptr inbounds i8, i8* %204, i64 4096
  %206 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %205, i8** %206, align 8
  %207 = getelementptr inbounds i8*, i8** %0, i64 67
  %208 = load i8*, i8** %207, align 8
  %209 = getelementptr inbounds i8, i8* %208, i64 5120
  %210 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %209, i8** %210, align 8
  %211 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_14(i8* %211, i64 0, i64 32)
  %212 = getelementptr inbounds i8*, i8** %0, i64 67
  %213 = load i8*, i8** %212, align 8
  %214 = getelementptr inbounds i8, i8* %213, i64 5120
  %215 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %214, i8** %215, align 8
  %216 = getelementptr inbounds i8*, i8** %0, i64 1
  %217 = load i8*, i8** %216, align 8
  %218 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %217, i8** %218, align 8
  %219 = getelementptr inbounds i8*, i8** %0, i64 67
  %220 = load i8*, i8** %219, align 8
  %221 = getelementptr inbounds i8, i8* %220, i64 4096
  %222 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %221, i8** %222, align 8
  %223 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_15(i8* %223, i64 0, i64 2)
  %224 = getelementptr inbounds i8*, i8** %0, i64 32
  %225 = load i8*, i8** %224, align 8
  %226 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %225, i8** %226, align 8
  %227 = bitcast i8** %pointers to i8*
  %228 = call i1 @eptc_check_2(i8* %227)
  br i1 %228, label %invalid1, label %valid2

invalid1:                                         ; preds = %valid
  ret i32 40

valid2:                                           ; preds = %valid
  %229 = getelementptr inbounds i8*, i8** %0, i64 67
  %230 = load i8*, i8** %229, align 8
  %231 = getelementptr inbounds i8, i8* %230, i64 4096
  %232 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %231, i8** %232, align 8
  %233 = getelementptr inbounds i8*, i8** %0, i64 32
  %234 = load i8*, i8** %233, align 8
  %235 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %234, i8** %235, align 8
  %236 = getelementptr inbounds i8*, i8** %0, i64 67
  %237 = load i8*, i8** %236, align 8
  %238 = getelementptr inbounds i8, i8* %237, i64 4160
  %239 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %238, i8** %239, align 8
  %240 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %240, i64 0, i64 2)
  %241 = getelementptr inbounds i8*, i8** %0, i64 32
  %242 = load i8*, i8** %241, align 8
  %243 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %242, i8** %243, align 8
  %244 = getelementptr inbounds i8*, i8** %0, i64 67
  %245 = load i8*, i8** %244, align 8
  %246 = getelementptr inbounds i8, i8* %245, i64 4160
  %247 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %246, i8** %247, align 8
  %248 = getelementptr inbounds i8*, i8** %0, i64 34
  %249 = load i8*, i8** %248, align 8
  %250 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %249, i8** %250, align 8
  %251 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_17(i8* %251, i64 0, i64 1)
  %252 = getelementptr inbounds i8*, i8** %0, i64 67
  %253 = load i8*, i8** %252, align 8
  %254 = getelementptr inbounds i8, i8* %253, i64 4160
  %255 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %254, i8** %255, align 8
  %256 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_18(i8* %256, i64 0, i64 1)
  %257 = getelementptr inbounds i8*, i8** %0, i64 32
  %258 = load i8*, i8** %257, align 8
  %259 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %258, i8** %259, align 8
  %260 = bitcast i8** %pointers to i8*
  %261 = call i1 @eptc_check_2(i8* %260)
  br i1 %261, label %invalid3, label %valid4

invalid3:                                         ; preds = %valid2
  ret i32 42

valid4:                                           ; preds = %valid2
  %262 = getelementptr inbounds i8*, i8** %0, i64 32
  %263 = load i8*, i8** %262, align 8
  %264 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %263, i8** %264, align 8
  %265 = getelementptr inbounds i8*, i8** %0, i64 67
  %266 = load i8*, i8** %265, align 8
  %267 = getelementptr inbounds i8, i8* %266, i64 4160
  %268 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %267, i8** %268, align 8
  %269 = getelementptr inbounds i8*, i8** %0, i64 67
  %270 = load i8*, i8** %269, align 8
  %271 = getelementptr inbounds i8, i8* %270, i64 4288
  %272 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %271, i8** %272, align 8
  %273 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_19(i8* %273, i64 0, i64 1)
  %274 = getelementptr inbounds i8*, i8** %0, i64 67
  %275 = load i8*, i8** %274, align 8
  %276 = getelementptr inbounds i8, i8* %275, i64 4096
  %277 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %276, i8** %277, align 8
  %278 = getelementptr inbounds i8*, i8** %0, i64 32
  %279 = load i8*, i8** %278, align 8
  %280 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %279, i8** %280, align 8
  %281 = getelementptr inbounds i8*, i8** %0, i64 67
  %282 = load i8*, i8** %281, align 8
  %283 = getelementptr inbounds i8, i8* %282, i64 4288
  %284 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %283, i8** %284, align 8
  %285 = getelementptr inbounds i8*, i8** %0, i64 67
  %286 = load i8*, i8** %285, align 8
  %287 = getelementptr inbounds i8, i8* %286, i64 4224
  %288 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %287, i8** %288, align 8
  %289 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_20(i8* %289, i64 0, i64 2)
  %290 = getelementptr inbounds i8*, i8** %0, i64 67
  %291 = load i8*, i8** %290, align 8
  %292 = getelementptr inbounds i8, i8* %291, i64 4224
  %293 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %292, i8** %293, align 8
  %294 = getelementptr inbounds i8*, i8** %0, i64 1
  %295 = load i8*, i8** %294, align 8
  %296 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %295, i8** %296, align 8
  %297 = getelementptr inbounds i8*, i8** %0, i64 67
  %298 = load i8*, i8** %297, align 8
  %299 = getelementptr inbounds i8, i8* %298, i64 4096
  %300 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %299, i8** %300, align 8
  %301 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_21(i8* %301, i64 0, i64 2)
  %302 = getelementptr inbounds i8*, i8** %0, i64 67
  %303 = load i8*, i8** %302, align 8
  %304 = getelementptr inbounds i8, i8* %303, i64 5120
  %305 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %304, i8** %305, align 8
  %306 = getelementptr inbounds i8*, i8** %0, i64 67
  %307 = load i8*, i8** %306, align 8
  %308 = getelementptr inbounds i8, i8* %307, i64 4224
  %309 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %308, i8** %309, align 8
  %310 = getelementptr inbounds i8*, i8** %0, i64 67
  %311 = load i8*, i8** %310, align 8
  %312 = getelementptr inbounds i8, i8* %311, i64 20864
  %313 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %312, i8** %313, align 8
  %314 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_22(i8* %314, i64 0, i64 16)
  %315 = getelementptr inbounds i8*, i8** %0, i64 67
  %316 = load i8*, i8** %315, align 8
  %317 = getelementptr inbounds i8, i8* %316, i64 4096
  %318 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %317, i8** %318, align 8
  %319 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_23(i8* %319, i64 0, i64 1)
  %320 = getelementptr inbounds i8*, i8** %0, i64 67
  %321 = load i8*, i8** %320, align 8
  %322 = getelementptr inbounds i8, i8* %321, i64 19840
  %323 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %322, i8** %323, align 8
  %324 = getelementptr inbounds i8*, i8** %0, i64 67
  %325 = load i8*, i8** %324, align 8
  %326 = getelementptr inbounds i8, i8* %325, i64 4096
  %327 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %326, i8** %327, align 8
  %328 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_24(i8* %328, i64 0, i64 2)
  %329 = getelementptr inbounds i8*, i8** %0, i64 67
  %330 = load i8*, i8** %329, align 8
  %331 = getelementptr inbounds i8, i8* %330, i64 19840
  %332 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %331, i8** %332, align 8
  %333 = getelementptr inbounds i8*, i8** %0, i64 9
  %334 = load i8*, i8** %333, align 8
  %335 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %334, i8** %335, align 8
  %336 = getelementptr inbounds i8*, i8** %0, i64 67
  %337 = load i8*, i8** %336, align 8
  %338 = getelementptr inbounds i8, i8* %337, i64 4096
  %339 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %338, i8** %339, align 8
  %340 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_25(i8* %340, i64 0, i64 16)
  %341 = getelementptr inbounds i8*, i8** %0, i64 67
  %342 = load i8*, i8** %341, align 8
  %343 = getelementptr inbounds i8, i8* %342, i64 2048
  %344 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %343, i8** %344, align 8
  %345 = getelementptr inbounds i8*, i8** %0, i64 67
  %346 = load i8*, i8** %345, align 8
  %347 = getelementptr inbounds i8, i8* %346, i64 19840
  %348 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %347, i8** %348, align 8
  %349 = getelementptr inbounds i8*, i8** %0, i64 67
  %350 = load i8*, i8** %349, align 8
  %351 = getelementptr inbounds i8, i8* %350, i64 9600
  %352 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %351, i8** %352, align 8
  %353 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_26(i8* %353, i64 0, i64 32)
  %354 = getelementptr inbounds i8*, i8** %0, i64 67
  %355 = load i8*, i8** %354, align 8
  %356 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %355, i8** %356, align 8
  %357 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_27(i8* %357, i64 0, i64 1)
  %358 = getelementptr inbounds i8*, i8** %0, i64 67
  %359 = load i8*, i8** %358, align 8
  %360 = getelementptr inbounds i8, i8* %359, i64 4096
  %361 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %360, i8** %361, align 8
  %362 = getelementptr inbounds i8*, i8** %0, i64 67
  %363 = load i8*, i8** %362, align 8
  %364 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %363, i8** %364, align 8
  %365 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %365, i64 0, i64 1)
  %366 = getelementptr inbounds i8*, i8** %0, i64 67
  %367 = load i8*, i8** %366, align 8
  %368 = getelementptr inbounds i8, i8* %367, i64 4096
  %369 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %368, i8** %369, align 8
  %370 = getelementptr inbounds i8*, i8** %0, i64 8
  %371 = load i8*, i8** %370, align 8
  %372 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %371, i8** %372, align 8
  %373 = getelementptr inbounds i8*, i8** %0, i64 67
  %374 = load i8*, i8** %373, align 8
  %375 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %374, i8** %375, align 8
  %376 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_29(i8* %376, i64 0, i64 16)
  %377 = getelementptr inbounds i8*, i8** %0, i64 67
  %378 = load i8*, i8** %377, align 8
  %379 = getelementptr inbounds i8, i8* %378, i64 18816
  %380 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %379, i8** %380, align 8
  %381 = getelementptr inbounds i8*, i8** %0, i64 67
  %382 = load i8*, i8** %381, align 8
  %383 = getelementptr inbounds i8, i8* %382, i64 4096
  %384 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %383, i8** %384, align 8
  %385 = getelementptr inbounds i8*, i8** %0, i64 67
  %386 = load i8*, i8** %385, align 8
  %387 = getelementptr inbounds i8, i8* %386, i64 11648
  %388 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %387, i8** %388, align 8
  %389 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %389, i64 0, i64 16)
  %390 = getelementptr inbounds i8*, i8** %0, i64 67
  %391 = load i8*, i8** %390, align 8
  %392 = getelementptr inbounds i8, i8* %391, i64 1024
  %393 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %392, i8** %393, align 8
  %394 = getelementptr inbounds i8*, i8** %0, i64 67
  %395 = load i8*, i8** %394, align 8
  %396 = getelementptr inbounds i8, i8* %395, i64 17792
  %397 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %396, i8** %397, align 8
  %398 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %398, i64 0, i64 1)
  %399 = getelementptr inbounds i8*, i8** %0, i64 67
  %400 = load i8*, i8** %399, align 8
  %401 = getelementptr inbounds i8, i8* %400, i64 1024
  %402 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %401, i8** %402, align 8
  %403 = getelementptr inbounds i8*, i8** %0, i64 67
  %404 = load i8*, i8** %403, align 8
  %405 = getelementptr inbounds i8, i8* %404, i64 2048
  %406 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %405, i8** %406, align 8
  %407 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %407, i64 0, i64 16)
  %408 = getelementptr inbounds i8*, i8** %0, i64 67
  %409 = load i8*, i8** %408, align 8
  %410 = getelementptr inbounds i8, i8* %409, i64 2048
  %411 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %410, i8** %411, align 8
  %412 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %412, i64 0, i64 1)
  %413 = getelementptr inbounds i8*, i8** %0, i64 67
  %414 = load i8*, i8** %413, align 8
  %415 = getelementptr inbounds i8, i8* %414, i64 2048
  %416 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %415, i8** %416, align 8
  %417 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %417, i64 0, i64 1)
  %418 = getelementptr inbounds i8*, i8** %0, i64 67
  %419 = load i8*, i8** %418, align 8
  %420 = getelementptr inbounds i8, i8* %419, i64 1024
  %421 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %420, i8** %421, align 8
  %422 = getelementptr inbounds i8*, i8** %0, i64 67
  %423 = load i8*, i8** %422, align 8
  %424 = getelementptr inbounds i8, i8* %423, i64 17792
  %425 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %424, i8** %425, align 8
  %426 = getelementptr inbounds i8*, i8** %0, i64 67
  %427 = load i8*, i8** %426, align 8
  %428 = getelementptr inbounds i8, i8* %427, i64 2048
  %429 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %428, i8** %429, align 8
  %430 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_35(i8* %430, i64 0, i64 16)
  %431 = getelementptr inbounds i8*, i8** %0, i64 67
  %432 = load i8*, i8** %431, align 8
  %433 = getelementptr inbounds i8, i8* %432, i64 1024
  %434 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %433, i8** %434, align 8
  %435 = getelementptr inbounds i8*, i8** %0, i64 67
  %436 = load i8*, i8** %435, align 8
  %437 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %436, i8** %437, align 8
  %438 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_36(i8* %438, i64 0, i64 1)
  %439 = getelementptr inbounds i8*, i8** %0, i64 67
  %440 = load i8*, i8** %439, align 8
  %441 = getelementptr inbounds i8, i8* %440, i64 1024
  %442 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %441, i8** %442, align 8
  %443 = getelementptr inbounds i8*, i8** %0, i64 67
  %444 = load i8*, i8** %443, align 8
  %445 = getelementptr inbounds i8, i8* %444, i64 18816
  %446 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %445, i8** %446, align 8
  %447 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_37(i8* %447, i64 0, i64 16)
  %448 = getelementptr inbounds i8*, i8** %0, i64 67
  %449 = load i8*, i8** %448, align 8
  %450 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %449, i8** %450, align 8
  %451 = getelementptr inbounds i8*, i8** %0, i64 7
  %452 = load i8*, i8** %451, align 8
  %453 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %452, i8** %453, align 8
  %454 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_38(i8* %454, i64 0, i64 16)
  %455 = getelementptr inbounds i8*, i8** %0, i64 67
  %456 = load i8*, i8** %455, align 8
  %457 = getelementptr inbounds i8, i8* %456, i64 1024
  %458 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %457, i8** %458, align 8
  %459 = getelementptr inbounds i8*, i8** %0, i64 67
  %460 = load i8*, i8** %459, align 8
  %461 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %460, i8** %461, align 8
  %462 = getelementptr inbounds i8*, i8** %0, i64 67
  %463 = load i8*, i8** %462, align 8
  %464 = getelementptr inbounds i8, i8* %463, i64 17792
  %465 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %464, i8** %465, align 8
  %466 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %466, i64 0, i64 1)
  %467 = getelementptr inbounds i8*, i8** %0, i64 67
  %468 = load i8*, i8** %467, align 8
  %469 = getelementptr inbounds i8, i8* %468, i64 1024
  %470 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %469, i8** %470, align 8
  %471 = getelementptr inbounds i8*, i8** %0, i64 67
  %472 = load i8*, i8** %471, align 8
  %473 = getelementptr inbounds i8, i8* %472, i64 2112
  %474 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %473, i8** %474, align 8
  %475 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %475, i64 0, i64 16)
  %476 = getelementptr inbounds i8*, i8** %0, i64 67
  %477 = load i8*, i8** %476, align 8
  %478 = getelementptr inbounds i8, i8* %477, i64 1024
  %479 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %478, i8** %479, align 8
  %480 = getelementptr inbounds i8*, i8** %0, i64 67
  %481 = load i8*, i8** %480, align 8
  %482 = getelementptr inbounds i8, i8* %481, i64 2048
  %483 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %482, i8** %483, align 8
  %484 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %484, i64 0, i64 1)
  %485 = getelementptr inbounds i8*, i8** %0, i64 67
  %486 = load i8*, i8** %485, align 8
  %487 = getelementptr inbounds i8, i8* %486, i64 1024
  %488 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %487, i8** %488, align 8
  %489 = getelementptr inbounds i8*, i8** %0, i64 67
  %490 = load i8*, i8** %489, align 8
  %491 = getelementptr inbounds i8, i8* %490, i64 2112
  %492 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %491, i8** %492, align 8
  %493 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_41(i8* %493, i64 0, i64 1)
  %494 = getelementptr inbounds i8*, i8** %0, i64 67
  %495 = load i8*, i8** %494, align 8
  %496 = getelementptr inbounds i8, i8* %495, i64 17792
  %497 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %496, i8** %497, align 8
  %498 = getelementptr inbounds i8*, i8** %0, i64 67
  %499 = load i8*, i8** %498, align 8
  %500 = getelementptr inbounds i8, i8* %499, i64 1024
  %501 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %500, i8** %501, align 8
  %502 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_42(i8* %502, i64 0, i64 16)
  %503 = getelementptr inbounds i8*, i8** %0, i64 67
  %504 = load i8*, i8** %503, align 8
  %505 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %504, i8** %505, align 8
  %506 = getelementptr inbounds i8*, i8** %0, i64 67
  %507 = load i8*, i8** %506, align 8
  %508 = getelementptr inbounds i8, i8* %507, i64 17792
  %509 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %508, i8** %509, align 8
  %510 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %510, i64 0, i64 1)
  %511 = getelementptr inbounds i8*, i8** %0, i64 67
  %512 = load i8*, i8** %511, align 8
  %513 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %512, i8** %513, align 8
  %514 = getelementptr inbounds i8*, i8** %0, i64 67
  %515 = load i8*, i8** %514, align 8
  %516 = getelementptr inbounds i8, i8* %515, i64 2048
  %517 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %516, i8** %517, align 8
  %518 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %518, i64 0, i64 16)
  %519 = getelementptr inbounds i8*, i8** %0, i64 67
  %520 = load i8*, i8** %519, align 8
  %521 = getelementptr inbounds i8, i8* %520, i64 19840
  %522 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %521, i8** %522, align 8
  %523 = getelementptr inbounds i8*, i8** %0, i64 67
  %524 = load i8*, i8** %523, align 8
  %525 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %524, i8** %525, align 8
  %526 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_45(i8* %526, i64 0, i64 1)
  %527 = getelementptr inbounds i8*, i8** %0, i64 67
  %528 = load i8*, i8** %527, align 8
  %529 = getelementptr inbounds i8, i8* %528, i64 19840
  %530 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %529, i8** %530, align 8
  %531 = getelementptr inbounds i8*, i8** %0, i64 6
  %532 = load i8*, i8** %531, align 8
  %533 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %532, i8** %533, align 8
  %534 = getelementptr inbounds i8*, i8** %0, i64 67
  %535 = load i8*, i8** %534, align 8
  %536 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %535, i8** %536, align 8
  %537 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %537, i64 0, i64 16)
  %538 = getelementptr inbounds i8*, i8** %0, i64 67
  %539 = load i8*, i8** %538, align 8
  %540 = getelementptr inbounds i8, i8* %539, i64 16768
  %541 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %540, i8** %541, align 8
  %542 = getelementptr inbounds i8*, i8** %0, i64 67
  %543 = load i8*, i8** %542, align 8
  %544 = getelementptr inbounds i8, i8* %543, i64 19840
  %545 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %544, i8** %545, align 8
  %546 = getelementptr inbounds i8*, i8** %0, i64 67
  %547 = load i8*, i8** %546, align 8
  %548 = getelementptr inbounds i8, i8* %547, i64 17792
  %549 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %548, i8** %549, align 8
  %550 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %550, i64 0, i64 16)
  %551 = getelementptr inbounds i8*, i8** %0, i64 67
  %552 = load i8*, i8** %551, align 8
  %553 = getelementptr inbounds i8, i8* %552, i64 1024
  %554 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %553, i8** %554, align 8
  %555 = getelementptr inbounds i8*, i8** %0, i64 67
  %556 = load i8*, i8** %555, align 8
  %557 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %556, i8** %557, align 8
  %558 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %558, i64 0, i64 2)
  %559 = getelementptr inbounds i8*, i8** %0, i64 67
  %560 = load i8*, i8** %559, align 8
  %561 = getelementptr inbounds i8, i8* %560, i64 1024
  %562 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %561, i8** %562, align 8
  %563 = getelementptr inbounds i8*, i8** %0, i64 67
  %564 = load i8*, i8** %563, align 8
  %565 = getelementptr inbounds i8, i8* %564, i64 14720
  %566 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %565, i8** %566, align 8
  %567 = getelementptr inbounds i8*, i8** %0, i64 67
  %568 = load i8*, i8** %567, align 8
  %569 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %568, i8** %569, align 8
  %570 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %570, i64 0, i64 32)
  %571 = getelementptr inbounds i8*, i8** %0, i64 67
  %572 = load i8*, i8** %571, align 8
  %573 = getelementptr inbounds i8, i8* %572, i64 15744
  %574 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %573, i8** %574, align 8
  %575 = getelementptr inbounds i8*, i8** %0, i64 67
  %576 = load i8*, i8** %575, align 8
  %577 = getelementptr inbounds i8, i8* %576, i64 1024
  %578 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %577, i8** %578, align 8
  %579 = getelementptr inbounds i8*, i8** %0, i64 67
  %580 = load i8*, i8** %579, align 8
  %581 = getelementptr inbounds i8, i8* %580, i64 2048
  %582 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %581, i8** %582, align 8
  %583 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_48(i8* %583, i64 0, i64 32)
  %584 = getelementptr inbounds i8*, i8** %0, i64 67
  %585 = load i8*, i8** %584, align 8
  %586 = getelementptr inbounds i8, i8* %585, i64 1024
  %587 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %586, i8** %587, align 8
  %588 = getelementptr inbounds i8*, i8** %0, i64 67
  %589 = load i8*, i8** %588, align 8
  %590 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %589, i8** %590, align 8
  %591 = getelementptr inbounds i8*, i8** %0, i64 67
  %592 = load i8*, i8** %591, align 8
  %593 = getelementptr inbounds i8, i8* %592, i64 15744
  %594 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %593, i8** %594, align 8
  %595 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %595, i64 0, i64 1)
  %596 = getelementptr inbounds i8*, i8** %0, i64 67
  %597 = load i8*, i8** %596, align 8
  %598 = getelementptr inbounds i8, i8* %597, i64 1024
  %599 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %598, i8** %599, align 8
  %600 = getelementptr inbounds i8*, i8** %0, i64 67
  %601 = load i8*, i8** %600, align 8
  %602 = getelementptr inbounds i8, i8* %601, i64 3072
  %603 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %602, i8** %603, align 8
  %604 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_49(i8* %604, i64 0, i64 32)
  %605 = getelementptr inbounds i8*, i8** %0, i64 67
  %606 = load i8*, i8** %605, align 8
  %607 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %606, i8** %607, align 8
  %608 = getelementptr inbounds i8*, i8** %0, i64 67
  %609 = load i8*, i8** %608, align 8
  %610 = getelementptr inbounds i8, i8* %609, i64 3072
  %611 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %610, i8** %611, align 8
  %612 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_50(i8* %612, i64 0, i64 32)
  %613 = getelementptr inbounds i8*, i8** %0, i64 67
  %614 = load i8*, i8** %613, align 8
  %615 = getelementptr inbounds i8, i8* %614, i64 15744
  %616 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %615, i8** %616, align 8
  %617 = getelementptr inbounds i8*, i8** %0, i64 67
  %618 = load i8*, i8** %617, align 8
  %619 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %618, i8** %619, align 8
  %620 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_51(i8* %620, i64 0, i64 1)
  %621 = getelementptr inbounds i8*, i8** %0, i64 67
  %622 = load i8*, i8** %621, align 8
  %623 = getelementptr inbounds i8, i8* %622, i64 15744
  %624 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %623, i8** %624, align 8
  %625 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %625, i64 0, i64 1)
  %626 = getelementptr inbounds i8*, i8** %0, i64 67
  %627 = load i8*, i8** %626, align 8
  %628 = getelementptr inbounds i8, i8* %627, i64 15744
  %629 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %628, i8** %629, align 8
  %630 = getelementptr inbounds i8*, i8** %0, i64 67
  %631 = load i8*, i8** %630, align 8
  %632 = getelementptr inbounds i8, i8* %631, i64 13696
  %633 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %632, i8** %633, align 8
  %634 = getelementptr inbounds i8*, i8** %0, i64 67
  %635 = load i8*, i8** %634, align 8
  %636 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %635, i8** %636, align 8
  %637 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %637, i64 0, i64 32)
  %638 = getelementptr inbounds i8*, i8** %0, i64 67
  %639 = load i8*, i8** %638, align 8
  %640 = getelementptr inbounds i8, i8* %639, i64 15744
  %641 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %640, i8** %641, align 8
  %642 = getelementptr inbounds i8*, i8** %0, i64 67
  %643 = load i8*, i8** %642, align 8
  %644 = getelementptr inbounds i8, i8* %643, i64 8192
  %645 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %644, i8** %645, align 8
  %646 = getelementptr inbounds i8*, i8** %0, i64 67
  %647 = load i8*, i8** %646, align 8
  %648 = getelementptr inbounds i8, i8* %647, i64 1024
  %649 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %648, i8** %649, align 8
  %650 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_48(i8* %650, i64 0, i64 32)
  %651 = getelementptr inbounds i8*, i8** %0, i64 67
  %652 = load i8*, i8** %651, align 8
  %653 = getelementptr inbounds i8, i8* %652, i64 3072
  %654 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %653, i8** %654, align 8
  %655 = getelementptr inbounds i8*, i8** %0, i64 67
  %656 = load i8*, i8** %655, align 8
  %657 = getelementptr inbounds i8, i8* %656, i64 2048
  %658 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %657, i8** %658, align 8
  %659 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %659, i64 0, i64 2)
  %660 = getelementptr inbounds i8*, i8** %0, i64 67
  %661 = load i8*, i8** %660, align 8
  %662 = getelementptr inbounds i8, i8* %661, i64 3072
  %663 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %662, i8** %663, align 8
  %664 = getelementptr inbounds i8*, i8** %0, i64 5
  %665 = load i8*, i8** %664, align 8
  %666 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %665, i8** %666, align 8
  %667 = getelementptr inbounds i8*, i8** %0, i64 67
  %668 = load i8*, i8** %667, align 8
  %669 = getelementptr inbounds i8, i8* %668, i64 2048
  %670 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %669, i8** %670, align 8
  %671 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %671, i64 0, i64 16)
  %672 = getelementptr inbounds i8*, i8** %0, i64 67
  %673 = load i8*, i8** %672, align 8
  %674 = getelementptr inbounds i8, i8* %673, i64 7168
  %675 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %674, i8** %675, align 8
  %676 = getelementptr inbounds i8*, i8** %0, i64 67
  %677 = load i8*, i8** %676, align 8
  %678 = getelementptr inbounds i8, i8* %677, i64 3072
  %679 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %678, i8** %679, align 8
  %680 = getelementptr inbounds i8*, i8** %0, i64 67
  %681 = load i8*, i8** %680, align 8
  %682 = getelementptr inbounds i8, i8* %681, i64 13696
  %683 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %682, i8** %683, align 8
  %684 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %684, i64 0, i64 16)
  %685 = getelementptr inbounds i8*, i8** %0, i64 67
  %686 = load i8*, i8** %685, align 8
  %687 = getelementptr inbounds i8, i8* %686, i64 3072
  %688 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %687, i8** %688, align 8
  %689 = getelementptr inbounds i8*, i8** %0, i64 67
  %690 = load i8*, i8** %689, align 8
  %691 = getelementptr inbounds i8, i8* %690, i64 1024
  %692 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %691, i8** %692, align 8
  %693 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %693, i64 0, i64 2)
  %694 = getelementptr inbounds i8*, i8** %0, i64 67
  %695 = load i8*, i8** %694, align 8
  %696 = getelementptr inbounds i8, i8* %695, i64 3072
  %697 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %696, i8** %697, align 8
  %698 = getelementptr inbounds i8*, i8** %0, i64 4
  %699 = load i8*, i8** %698, align 8
  %700 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %699, i8** %700, align 8
  %701 = getelementptr inbounds i8*, i8** %0, i64 67
  %702 = load i8*, i8** %701, align 8
  %703 = getelementptr inbounds i8, i8* %702, i64 1024
  %704 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %703, i8** %704, align 8
  %705 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %705, i64 0, i64 16)
  %706 = getelementptr inbounds i8*, i8** %0, i64 67
  %707 = load i8*, i8** %706, align 8
  %708 = getelementptr inbounds i8, i8* %707, i64 7168
  %709 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %708, i8** %709, align 8
  %710 = getelementptr inbounds i8*, i8** %0, i64 67
  %711 = load i8*, i8** %710, align 8
  %712 = getelementptr inbounds i8, i8* %711, i64 3072
  %713 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %712, i8** %713, align 8
  %714 = getelementptr inbounds i8*, i8** %0, i64 67
  %715 = load i8*, i8** %714, align 8
  %716 = getelementptr inbounds i8, i8* %715, i64 14720
  %717 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %716, i8** %717, align 8
  %718 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %718, i64 0, i64 16)
  %719 = getelementptr inbounds i8*, i8** %0, i64 67
  %720 = load i8*, i8** %719, align 8
  %721 = getelementptr inbounds i8, i8* %720, i64 2048
  %722 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %721, i8** %722, align 8
  %723 = getelementptr inbounds i8*, i8** %0, i64 67
  %724 = load i8*, i8** %723, align 8
  %725 = getelementptr inbounds i8, i8* %724, i64 1024
  %726 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %725, i8** %726, align 8
  %727 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_45(i8* %727, i64 0, i64 1)
  %728 = getelementptr inbounds i8*, i8** %0, i64 67
  %729 = load i8*, i8** %728, align 8
  %730 = getelementptr inbounds i8, i8* %729, i64 1024
  %731 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %730, i8** %731, align 8
  %732 = getelementptr inbounds i8*, i8** %0, i64 67
  %733 = load i8*, i8** %732, align 8
  %734 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %733, i8** %734, align 8
  %735 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %735, i64 0, i64 2)
  %736 = getelementptr inbounds i8*, i8** %0, i64 67
  %737 = load i8*, i8** %736, align 8
  %738 = getelementptr inbounds i8, i8* %737, i64 1024
  %739 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %738, i8** %739, align 8
  %740 = getelementptr inbounds i8*, i8** %0, i64 3
  %741 = load i8*, i8** %740, align 8
  %742 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %741, i8** %742, align 8
  %743 = getelementptr inbounds i8*, i8** %0, i64 67
  %744 = load i8*, i8** %743, align 8
  %745 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %744, i8** %745, align 8
  %746 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %746, i64 0, i64 16)
  %747 = getelementptr inbounds i8*, i8** %0, i64 67
  %748 = load i8*, i8** %747, align 8
  %749 = getelementptr inbounds i8, i8* %748, i64 7168
  %750 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %749, i8** %750, align 8
  %751 = getelementptr inbounds i8*, i8** %0, i64 67
  %752 = load i8*, i8** %751, align 8
  %753 = getelementptr inbounds i8, i8* %752, i64 1024
  %754 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %753, i8** %754, align 8
  %755 = getelementptr inbounds i8*, i8** %0, i64 67
  %756 = load i8*, i8** %755, align 8
  %757 = getelementptr inbounds i8, i8* %756, i64 15744
  %758 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %757, i8** %758, align 8
  %759 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %759, i64 0, i64 16)
  %760 = getelementptr inbounds i8*, i8** %0, i64 67
  %761 = load i8*, i8** %760, align 8
  %762 = getelementptr inbounds i8, i8* %761, i64 2048
  %763 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %762, i8** %763, align 8
  %764 = getelementptr inbounds i8*, i8** %0, i64 67
  %765 = load i8*, i8** %764, align 8
  %766 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %765, i8** %766, align 8
  %767 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_45(i8* %767, i64 0, i64 1)
  %768 = getelementptr inbounds i8*, i8** %0, i64 67
  %769 = load i8*, i8** %768, align 8
  %770 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %769, i8** %770, align 8
  %771 = getelementptr inbounds i8*, i8** %0, i64 67
  %772 = load i8*, i8** %771, align 8
  %773 = getelementptr inbounds i8, i8* %772, i64 6144
  %774 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %773, i8** %774, align 8
  %775 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %775, i64 0, i64 1)
  %776 = getelementptr inbounds i8*, i8** %0, i64 67
  %777 = load i8*, i8** %776, align 8
  %778 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %777, i8** %778, align 8
  %779 = getelementptr inbounds i8*, i8** %0, i64 67
  %780 = load i8*, i8** %779, align 8
  %781 = getelementptr inbounds i8, i8* %780, i64 1024
  %782 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %781, i8** %782, align 8
  %783 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %783, i64 0, i64 16)
  %784 = getelementptr inbounds i8*, i8** %0, i64 67
  %785 = load i8*, i8** %784, align 8
  %786 = getelementptr inbounds i8, i8* %785, i64 1024
  %787 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %786, i8** %787, align 8
  %788 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %788, i64 0, i64 1)
  %789 = getelementptr inbounds i8*, i8** %0, i64 67
  %790 = load i8*, i8** %789, align 8
  %791 = getelementptr inbounds i8, i8* %790, i64 1024
  %792 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %791, i8** %792, align 8
  %793 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %793, i64 0, i64 1)
  %794 = getelementptr inbounds i8*, i8** %0, i64 67
  %795 = load i8*, i8** %794, align 8
  %796 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %795, i8** %796, align 8
  %797 = getelementptr inbounds i8*, i8** %0, i64 67
  %798 = load i8*, i8** %797, align 8
  %799 = getelementptr inbounds i8, i8* %798, i64 6144
  %800 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %799, i8** %800, align 8
  %801 = getelementptr inbounds i8*, i8** %0, i64 67
  %802 = load i8*, i8** %801, align 8
  %803 = getelementptr inbounds i8, i8* %802, i64 1024
  %804 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %803, i8** %804, align 8
  %805 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_35(i8* %805, i64 0, i64 16)
  %806 = getelementptr inbounds i8*, i8** %0, i64 67
  %807 = load i8*, i8** %806, align 8
  %808 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %807, i8** %808, align 8
  %809 = getelementptr inbounds i8*, i8** %0, i64 67
  %810 = load i8*, i8** %809, align 8
  %811 = getelementptr inbounds i8, i8* %810, i64 2048
  %812 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %811, i8** %812, align 8
  %813 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_36(i8* %813, i64 0, i64 1)
  %814 = getelementptr inbounds i8*, i8** %0, i64 67
  %815 = load i8*, i8** %814, align 8
  %816 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %815, i8** %816, align 8
  %817 = getelementptr inbounds i8*, i8** %0, i64 67
  %818 = load i8*, i8** %817, align 8
  %819 = getelementptr inbounds i8, i8* %818, i64 16768
  %820 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %819, i8** %820, align 8
  %821 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_37(i8* %821, i64 0, i64 16)
  %822 = getelementptr inbounds i8*, i8** %0, i64 67
  %823 = load i8*, i8** %822, align 8
  %824 = getelementptr inbounds i8, i8* %823, i64 2048
  %825 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %824, i8** %825, align 8
  %826 = getelementptr inbounds i8*, i8** %0, i64 2
  %827 = load i8*, i8** %826, align 8
  %828 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %827, i8** %828, align 8
  %829 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_38(i8* %829, i64 0, i64 16)
  %830 = getelementptr inbounds i8*, i8** %0, i64 67
  %831 = load i8*, i8** %830, align 8
  %832 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %831, i8** %832, align 8
  %833 = getelementptr inbounds i8*, i8** %0, i64 67
  %834 = load i8*, i8** %833, align 8
  %835 = getelementptr inbounds i8, i8* %834, i64 2048
  %836 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %835, i8** %836, align 8
  %837 = getelementptr inbounds i8*, i8** %0, i64 67
  %838 = load i8*, i8** %837, align 8
  %839 = getelementptr inbounds i8, i8* %838, i64 6144
  %840 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %839, i8** %840, align 8
  %841 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %841, i64 0, i64 1)
  %842 = getelementptr inbounds i8*, i8** %0, i64 67
  %843 = load i8*, i8** %842, align 8
  %844 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %843, i8** %844, align 8
  %845 = getelementptr inbounds i8*, i8** %0, i64 67
  %846 = load i8*, i8** %845, align 8
  %847 = getelementptr inbounds i8, i8* %846, i64 1088
  %848 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %847, i8** %848, align 8
  %849 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %849, i64 0, i64 16)
  %850 = getelementptr inbounds i8*, i8** %0, i64 67
  %851 = load i8*, i8** %850, align 8
  %852 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %851, i8** %852, align 8
  %853 = getelementptr inbounds i8*, i8** %0, i64 67
  %854 = load i8*, i8** %853, align 8
  %855 = getelementptr inbounds i8, i8* %854, i64 1024
  %856 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %855, i8** %856, align 8
  %857 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %857, i64 0, i64 1)
  %858 = getelementptr inbounds i8*, i8** %0, i64 67
  %859 = load i8*, i8** %858, align 8
  %860 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %859, i8** %860, align 8
  %861 = getelementptr inbounds i8*, i8** %0, i64 67
  %862 = load i8*, i8** %861, align 8
  %863 = getelementptr inbounds i8, i8* %862, i64 1088
  %864 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %863, i8** %864, align 8
  %865 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_41(i8* %865, i64 0, i64 1)
  %866 = getelementptr inbounds i8*, i8** %0, i64 67
  %867 = load i8*, i8** %866, align 8
  %868 = getelementptr inbounds i8, i8* %867, i64 6144
  %869 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %868, i8** %869, align 8
  %870 = getelementptr inbounds i8*, i8** %0, i64 67
  %871 = load i8*, i8** %870, align 8
  %872 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %871, i8** %872, align 8
  %873 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_42(i8* %873, i64 0, i64 16)
  %874 = getelementptr inbounds i8*, i8** %0, i64 67
  %875 = load i8*, i8** %874, align 8
  %876 = getelementptr inbounds i8, i8* %875, i64 2048
  %877 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %876, i8** %877, align 8
  %878 = getelementptr inbounds i8*, i8** %0, i64 67
  %879 = load i8*, i8** %878, align 8
  %880 = getelementptr inbounds i8, i8* %879, i64 6144
  %881 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %880, i8** %881, align 8
  %882 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %882, i64 0, i64 1)
  %883 = getelementptr inbounds i8*, i8** %0, i64 67
  %884 = load i8*, i8** %883, align 8
  %885 = getelementptr inbounds i8, i8* %884, i64 2048
  %886 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %885, i8** %886, align 8
  %887 = getelementptr inbounds i8*, i8** %0, i64 67
  %888 = load i8*, i8** %887, align 8
  %889 = getelementptr inbounds i8, i8* %888, i64 1024
  %890 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %889, i8** %890, align 8
  %891 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %891, i64 0, i64 16)
  %892 = getelementptr inbounds i8*, i8** %0, i64 67
  %893 = load i8*, i8** %892, align 8
  %894 = getelementptr inbounds i8, i8* %893, i64 19840
  %895 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %894, i8** %895, align 8
  %896 = getelementptr inbounds i8*, i8** %0, i64 67
  %897 = load i8*, i8** %896, align 8
  %898 = getelementptr inbounds i8, i8* %897, i64 2048
  %899 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %898, i8** %899, align 8
  %900 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_45(i8* %900, i64 0, i64 1)
  %901 = getelementptr inbounds i8*, i8** %0, i64 31
  %902 = load i8*, i8** %901, align 8
  %903 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %902, i8** %903, align 8
  %904 = bitcast i8** %pointers to i8*
  %905 = call i1 @eptc_check_1(i8* %904)
  br i1 %905, label %invalid5, label %valid6

invalid5:                                         ; preds = %valid4
  ret i32 128

valid6:                                           ; preds = %valid4
  %906 = getelementptr inbounds i8*, i8** %0, i64 67
  %907 = load i8*, i8** %906, align 8
  %908 = getelementptr inbounds i8, i8* %907, i64 19840
  %909 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %908, i8** %909, align 8
  %910 = getelementptr inbounds i8*, i8** %0, i64 31
  %911 = load i8*, i8** %910, align 8
  %912 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %911, i8** %912, align 8
  %913 = getelementptr inbounds i8*, i8** %0, i64 67
  %914 = load i8*, i8** %913, align 8
  %915 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %914, i8** %915, align 8
  %916 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_52(i8* %916, i64 0, i64 1)
  %917 = getelementptr inbounds i8*, i8** %0, i64 67
  %918 = load i8*, i8** %917, align 8
  %919 = getelementptr inbounds i8, i8* %918, i64 3200
  %920 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %919, i8** %920, align 8
  %921 = getelementptr inbounds i8*, i8** %0, i64 67
  %922 = load i8*, i8** %921, align 8
  %923 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %922, i8** %923, align 8
  %924 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_53(i8* %924, i64 0, i64 1)
  %925 = getelementptr inbounds i8*, i8** %0, i64 67
  %926 = load i8*, i8** %925, align 8
  %927 = getelementptr inbounds i8, i8* %926, i64 3200
  %928 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %927, i8** %928, align 8
  %929 = getelementptr inbounds i8*, i8** %0, i64 67
  %930 = load i8*, i8** %929, align 8
  %931 = getelementptr inbounds i8, i8* %930, i64 6400
  %932 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %931, i8** %932, align 8
  %933 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_54(i8* %933, i64 0, i64 1)
  %934 = getelementptr inbounds i8*, i8** %0, i64 67
  %935 = load i8*, i8** %934, align 8
  %936 = getelementptr inbounds i8, i8* %935, i64 6400
  %937 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %936, i8** %937, align 8
  %938 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_55(i8* %938, i64 0, i64 1)
  %939 = getelementptr inbounds i8*, i8** %0, i64 67
  %940 = load i8*, i8** %939, align 8
  %941 = getelementptr inbounds i8, i8* %940, i64 3200
  %942 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %941, i8** %942, align 8
  %943 = getelementptr inbounds i8*, i8** %0, i64 67
  %944 = load i8*, i8** %943, align 8
  %945 = getelementptr inbounds i8, i8* %944, i64 20864
  %946 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %945, i8** %946, align 8
  %947 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_56(i8* %947, i64 0, i64 1)
  %948 = getelementptr inbounds i8*, i8** %0, i64 67
  %949 = load i8*, i8** %948, align 8
  %950 = getelementptr inbounds i8, i8* %949, i64 3200
  %951 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %950, i8** %951, align 8
  %952 = getelementptr inbounds i8*, i8** %0, i64 67
  %953 = load i8*, i8** %952, align 8
  %954 = getelementptr inbounds i8, i8* %953, i64 3392
  %955 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %954, i8** %955, align 8
  %956 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_57(i8* %956, i64 0, i64 1)
  %957 = getelementptr inbounds i8*, i8** %0, i64 67
  %958 = load i8*, i8** %957, align 8
  %959 = getelementptr inbounds i8, i8* %958, i64 6400
  %960 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %959, i8** %960, align 8
  %961 = getelementptr inbounds i8*, i8** %0, i64 67
  %962 = load i8*, i8** %961, align 8
  %963 = getelementptr inbounds i8, i8* %962, i64 3392
  %964 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %963, i8** %964, align 8
  %965 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %965, i64 0, i64 1)
  %966 = getelementptr inbounds i8*, i8** %0, i64 67
  %967 = load i8*, i8** %966, align 8
  %968 = getelementptr inbounds i8, i8* %967, i64 3200
  %969 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %968, i8** %969, align 8
  %970 = getelementptr inbounds i8*, i8** %0, i64 67
  %971 = load i8*, i8** %970, align 8
  %972 = getelementptr inbounds i8, i8* %971, i64 16768
  %973 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %972, i8** %973, align 8
  %974 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %974, i64 0, i64 1)
  %975 = getelementptr inbounds i8*, i8** %0, i64 67
  %976 = load i8*, i8** %975, align 8
  %977 = getelementptr inbounds i8, i8* %976, i64 3200
  %978 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %977, i8** %978, align 8
  %979 = getelementptr inbounds i8*, i8** %0, i64 67
  %980 = load i8*, i8** %979, align 8
  %981 = getelementptr inbounds i8, i8* %980, i64 3264
  %982 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %981, i8** %982, align 8
  %983 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_59(i8* %983, i64 0, i64 1)
  %984 = getelementptr inbounds i8*, i8** %0, i64 67
  %985 = load i8*, i8** %984, align 8
  %986 = getelementptr inbounds i8, i8* %985, i64 6400
  %987 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %986, i8** %987, align 8
  %988 = getelementptr inbounds i8*, i8** %0, i64 67
  %989 = load i8*, i8** %988, align 8
  %990 = getelementptr inbounds i8, i8* %989, i64 3264
  %991 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %990, i8** %991, align 8
  %992 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %992, i64 0, i64 1)
  %993 = getelementptr inbounds i8*, i8** %0, i64 67
  %994 = load i8*, i8** %993, align 8
  %995 = getelementptr inbounds i8, i8* %994, i64 3200
  %996 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %995, i8** %996, align 8
  %997 = getelementptr inbounds i8*, i8** %0, i64 67
  %998 = load i8*, i8** %997, align 8
  %999 = getelementptr inbounds i8, i8* %998, i64 15744
  %1000 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %999, i8** %1000, align 8
  %1001 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %1001, i64 0, i64 1)
  %1002 = getelementptr inbounds i8*, i8** %0, i64 67
  %1003 = load i8*, i8** %1002, align 8
  %1004 = getelementptr inbounds i8, i8* %1003, i64 3200
  %1005 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1004, i8** %1005, align 8
  %1006 = getelementptr inbounds i8*, i8** %0, i64 67
  %1007 = load i8*, i8** %1006, align 8
  %1008 = getelementptr inbounds i8, i8* %1007, i64 4224
  %1009 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1008, i8** %1009, align 8
  %1010 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_60(i8* %1010, i64 0, i64 1)
  %1011 = getelementptr inbounds i8*, i8** %0, i64 67
  %1012 = load i8*, i8** %1011, align 8
  %1013 = getelementptr inbounds i8, i8* %1012, i64 6400
  %1014 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1013, i8** %1014, align 8
  %1015 = getelementptr inbounds i8*, i8** %0, i64 67
  %1016 = load i8*, i8** %1015, align 8
  %1017 = getelementptr inbounds i8, i8* %1016, i64 4224
  %1018 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1017, i8** %1018, align 8
  %1019 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1019, i64 0, i64 1)
  %1020 = getelementptr inbounds i8*, i8** %0, i64 67
  %1021 = load i8*, i8** %1020, align 8
  %1022 = getelementptr inbounds i8, i8* %1021, i64 3200
  %1023 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1022, i8** %1023, align 8
  %1024 = getelementptr inbounds i8*, i8** %0, i64 67
  %1025 = load i8*, i8** %1024, align 8
  %1026 = getelementptr inbounds i8, i8* %1025, i64 14720
  %1027 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1026, i8** %1027, align 8
  %1028 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %1028, i64 0, i64 1)
  %1029 = getelementptr inbounds i8*, i8** %0, i64 67
  %1030 = load i8*, i8** %1029, align 8
  %1031 = getelementptr inbounds i8, i8* %1030, i64 3200
  %1032 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1031, i8** %1032, align 8
  %1033 = getelementptr inbounds i8*, i8** %0, i64 67
  %1034 = load i8*, i8** %1033, align 8
  %1035 = getelementptr inbounds i8, i8* %1034, i64 4224
  %1036 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1035, i8** %1036, align 8
  %1037 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_60(i8* %1037, i64 0, i64 1)
  %1038 = getelementptr inbounds i8*, i8** %0, i64 67
  %1039 = load i8*, i8** %1038, align 8
  %1040 = getelementptr inbounds i8, i8* %1039, i64 6400
  %1041 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1040, i8** %1041, align 8
  %1042 = getelementptr inbounds i8*, i8** %0, i64 67
  %1043 = load i8*, i8** %1042, align 8
  %1044 = getelementptr inbounds i8, i8* %1043, i64 4224
  %1045 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1044, i8** %1045, align 8
  %1046 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1046, i64 0, i64 1)
  %1047 = getelementptr inbounds i8*, i8** %0, i64 67
  %1048 = load i8*, i8** %1047, align 8
  %1049 = getelementptr inbounds i8, i8* %1048, i64 3200
  %1050 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1049, i8** %1050, align 8
  %1051 = getelementptr inbounds i8*, i8** %0, i64 67
  %1052 = load i8*, i8** %1051, align 8
  %1053 = getelementptr inbounds i8, i8* %1052, i64 13696
  %1054 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1053, i8** %1054, align 8
  %1055 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %1055, i64 0, i64 1)
  %1056 = getelementptr inbounds i8*, i8** %0, i64 67
  %1057 = load i8*, i8** %1056, align 8
  %1058 = getelementptr inbounds i8, i8* %1057, i64 3200
  %1059 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1058, i8** %1059, align 8
  %1060 = getelementptr inbounds i8*, i8** %0, i64 67
  %1061 = load i8*, i8** %1060, align 8
  %1062 = getelementptr inbounds i8, i8* %1061, i64 4224
  %1063 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1062, i8** %1063, align 8
  %1064 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_60(i8* %1064, i64 0, i64 1)
  %1065 = getelementptr inbounds i8*, i8** %0, i64 67
  %1066 = load i8*, i8** %1065, align 8
  %1067 = getelementptr inbounds i8, i8* %1066, i64 6400
  %1068 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1067, i8** %1068, align 8
  %1069 = getelementptr inbounds i8*, i8** %0, i64 67
  %1070 = load i8*, i8** %1069, align 8
  %1071 = getelementptr inbounds i8, i8* %1070, i64 4224
  %1072 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1071, i8** %1072, align 8
  %1073 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1073, i64 0, i64 1)
  %1074 = getelementptr inbounds i8*, i8** %0, i64 67
  %1075 = load i8*, i8** %1074, align 8
  %1076 = getelementptr inbounds i8, i8* %1075, i64 3200
  %1077 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1076, i8** %1077, align 8
  %1078 = getelementptr inbounds i8*, i8** %0, i64 67
  %1079 = load i8*, i8** %1078, align 8
  %1080 = getelementptr inbounds i8, i8* %1079, i64 17792
  %1081 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1080, i8** %1081, align 8
  %1082 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %1082, i64 0, i64 1)
  %1083 = getelementptr inbounds i8*, i8** %0, i64 67
  %1084 = load i8*, i8** %1083, align 8
  %1085 = getelementptr inbounds i8, i8* %1084, i64 3200
  %1086 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1085, i8** %1086, align 8
  %1087 = getelementptr inbounds i8*, i8** %0, i64 67
  %1088 = load i8*, i8** %1087, align 8
  %1089 = getelementptr inbounds i8, i8* %1088, i64 4224
  %1090 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1089, i8** %1090, align 8
  %1091 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_60(i8* %1091, i64 0, i64 1)
  %1092 = getelementptr inbounds i8*, i8** %0, i64 67
  %1093 = load i8*, i8** %1092, align 8
  %1094 = getelementptr inbounds i8, i8* %1093, i64 6400
  %1095 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1094, i8** %1095, align 8
  %1096 = getelementptr inbounds i8*, i8** %0, i64 67
  %1097 = load i8*, i8** %1096, align 8
  %1098 = getelementptr inbounds i8, i8* %1097, i64 4224
  %1099 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1098, i8** %1099, align 8
  %1100 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1100, i64 0, i64 1)
  %1101 = getelementptr inbounds i8*, i8** %0, i64 67
  %1102 = load i8*, i8** %1101, align 8
  %1103 = getelementptr inbounds i8, i8* %1102, i64 3200
  %1104 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1103, i8** %1104, align 8
  %1105 = getelementptr inbounds i8*, i8** %0, i64 67
  %1106 = load i8*, i8** %1105, align 8
  %1107 = getelementptr inbounds i8, i8* %1106, i64 18816
  %1108 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1107, i8** %1108, align 8
  %1109 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %1109, i64 0, i64 1)
  %1110 = getelementptr inbounds i8*, i8** %0, i64 67
  %1111 = load i8*, i8** %1110, align 8
  %1112 = getelementptr inbounds i8, i8* %1111, i64 3200
  %1113 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1112, i8** %1113, align 8
  %1114 = getelementptr inbounds i8*, i8** %0, i64 67
  %1115 = load i8*, i8** %1114, align 8
  %1116 = getelementptr inbounds i8, i8* %1115, i64 3264
  %1117 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1116, i8** %1117, align 8
  %1118 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_59(i8* %1118, i64 0, i64 1)
  %1119 = getelementptr inbounds i8*, i8** %0, i64 67
  %1120 = load i8*, i8** %1119, align 8
  %1121 = getelementptr inbounds i8, i8* %1120, i64 6400
  %1122 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1121, i8** %1122, align 8
  %1123 = getelementptr inbounds i8*, i8** %0, i64 67
  %1124 = load i8*, i8** %1123, align 8
  %1125 = getelementptr inbounds i8, i8* %1124, i64 3264
  %1126 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1125, i8** %1126, align 8
  %1127 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1127, i64 0, i64 1)
  %1128 = getelementptr inbounds i8*, i8** %0, i64 67
  %1129 = load i8*, i8** %1128, align 8
  %1130 = getelementptr inbounds i8, i8* %1129, i64 3200
  %1131 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1130, i8** %1131, align 8
  %1132 = getelementptr inbounds i8*, i8** %0, i64 67
  %1133 = load i8*, i8** %1132, align 8
  %1134 = getelementptr inbounds i8, i8* %1133, i64 11648
  %1135 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1134, i8** %1135, align 8
  %1136 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_61(i8* %1136, i64 0, i64 1)
  %1137 = getelementptr inbounds i8*, i8** %0, i64 67
  %1138 = load i8*, i8** %1137, align 8
  %1139 = getelementptr inbounds i8, i8* %1138, i64 3200
  %1140 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1139, i8** %1140, align 8
  %1141 = getelementptr inbounds i8*, i8** %0, i64 67
  %1142 = load i8*, i8** %1141, align 8
  %1143 = getelementptr inbounds i8, i8* %1142, i64 5248
  %1144 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1143, i8** %1144, align 8
  %1145 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_62(i8* %1145, i64 0, i64 1)
  %1146 = getelementptr inbounds i8*, i8** %0, i64 67
  %1147 = load i8*, i8** %1146, align 8
  %1148 = getelementptr inbounds i8, i8* %1147, i64 6400
  %1149 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1148, i8** %1149, align 8
  %1150 = getelementptr inbounds i8*, i8** %0, i64 67
  %1151 = load i8*, i8** %1150, align 8
  %1152 = getelementptr inbounds i8, i8* %1151, i64 5248
  %1153 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1152, i8** %1153, align 8
  %1154 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1154, i64 0, i64 1)
  %1155 = getelementptr inbounds i8*, i8** %0, i64 67
  %1156 = load i8*, i8** %1155, align 8
  %1157 = getelementptr inbounds i8, i8* %1156, i64 3200
  %1158 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1157, i8** %1158, align 8
  %1159 = getelementptr inbounds i8*, i8** %0, i64 67
  %1160 = load i8*, i8** %1159, align 8
  %1161 = getelementptr inbounds i8, i8* %1160, i64 9600
  %1162 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1161, i8** %1162, align 8
  %1163 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_61(i8* %1163, i64 0, i64 1)
  %1164 = getelementptr inbounds i8*, i8** %0, i64 67
  %1165 = load i8*, i8** %1164, align 8
  %1166 = getelementptr inbounds i8, i8* %1165, i64 3200
  %1167 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1166, i8** %1167, align 8
  %1168 = getelementptr inbounds i8*, i8** %0, i64 67
  %1169 = load i8*, i8** %1168, align 8
  %1170 = getelementptr inbounds i8, i8* %1169, i64 5248
  %1171 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1170, i8** %1171, align 8
  %1172 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_62(i8* %1172, i64 0, i64 1)
  %1173 = getelementptr inbounds i8*, i8** %0, i64 67
  %1174 = load i8*, i8** %1173, align 8
  %1175 = getelementptr inbounds i8, i8* %1174, i64 6400
  %1176 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1175, i8** %1176, align 8
  %1177 = getelementptr inbounds i8*, i8** %0, i64 67
  %1178 = load i8*, i8** %1177, align 8
  %1179 = getelementptr inbounds i8, i8* %1178, i64 5248
  %1180 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1179, i8** %1180, align 8
  %1181 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1181, i64 0, i64 1)
  %1182 = getelementptr inbounds i8*, i8** %0, i64 35
  %1183 = load i8*, i8** %1182, align 8
  %1184 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1183, i8** %1184, align 8
  %1185 = getelementptr inbounds i8*, i8** %0, i64 67
  %1186 = load i8*, i8** %1185, align 8
  %1187 = getelementptr inbounds i8, i8* %1186, i64 6400
  %1188 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1187, i8** %1188, align 8
  %1189 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_63(i8* %1189, i64 0, i64 1)
  %1190 = getelementptr inbounds i8*, i8** %0, i64 67
  %1191 = load i8*, i8** %1190, align 8
  %1192 = getelementptr inbounds i8, i8* %1191, i64 3200
  %1193 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1192, i8** %1193, align 8
  %1194 = getelementptr inbounds i8*, i8** %0, i64 35
  %1195 = load i8*, i8** %1194, align 8
  %1196 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1195, i8** %1196, align 8
  %1197 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_64(i8* %1197, i64 0, i64 1)
  %1198 = getelementptr inbounds i8*, i8** %0, i64 67
  %1199 = load i8*, i8** %1198, align 8
  %1200 = getelementptr inbounds i8, i8* %1199, i64 3200
  %1201 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1200, i8** %1201, align 8
  %1202 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_65(i8* %1202, i64 0, i64 1)
  %1203 = getelementptr inbounds i8*, i8** %0, i64 67
  %1204 = load i8*, i8** %1203, align 8
  %1205 = getelementptr inbounds i8, i8* %1204, i64 3200
  %1206 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1205, i8** %1206, align 8
  %1207 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_66(i8* %1207, i64 0, i64 1)
  %1208 = getelementptr inbounds i8*, i8** %0, i64 67
  %1209 = load i8*, i8** %1208, align 8
  %1210 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1209, i8** %1210, align 8
  %1211 = getelementptr inbounds i8*, i8** %0, i64 67
  %1212 = load i8*, i8** %1211, align 8
  %1213 = getelementptr inbounds i8, i8* %1212, i64 3200
  %1214 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1213, i8** %1214, align 8
  %1215 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_67(i8* %1215, i64 0, i64 1)
  %1216 = getelementptr inbounds i8*, i8** %0, i64 67
  %1217 = load i8*, i8** %1216, align 8
  %1218 = getelementptr inbounds i8, i8* %1217, i64 20864
  %1219 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1218, i8** %1219, align 8
  %1220 = getelementptr inbounds i8*, i8** %0, i64 67
  %1221 = load i8*, i8** %1220, align 8
  %1222 = getelementptr inbounds i8, i8* %1221, i64 3200
  %1223 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1222, i8** %1223, align 8
  %1224 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_68(i8* %1224, i64 0, i64 1)
  %1225 = getelementptr inbounds i8*, i8** %0, i64 67
  %1226 = load i8*, i8** %1225, align 8
  %1227 = getelementptr inbounds i8, i8* %1226, i64 16768
  %1228 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1227, i8** %1228, align 8
  %1229 = getelementptr inbounds i8*, i8** %0, i64 67
  %1230 = load i8*, i8** %1229, align 8
  %1231 = getelementptr inbounds i8, i8* %1230, i64 3200
  %1232 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1231, i8** %1232, align 8
  %1233 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_69(i8* %1233, i64 0, i64 1)
  %1234 = getelementptr inbounds i8*, i8** %0, i64 67
  %1235 = load i8*, i8** %1234, align 8
  %1236 = getelementptr inbounds i8, i8* %1235, i64 15744
  %1237 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1236, i8** %1237, align 8
  %1238 = getelementptr inbounds i8*, i8** %0, i64 67
  %1239 = load i8*, i8** %1238, align 8
  %1240 = getelementptr inbounds i8, i8* %1239, i64 3200
  %1241 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1240, i8** %1241, align 8
  %1242 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_70(i8* %1242, i64 0, i64 1)
  %1243 = getelementptr inbounds i8*, i8** %0, i64 67
  %1244 = load i8*, i8** %1243, align 8
  %1245 = getelementptr inbounds i8, i8* %1244, i64 14720
  %1246 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1245, i8** %1246, align 8
  %1247 = getelementptr inbounds i8*, i8** %0, i64 67
  %1248 = load i8*, i8** %1247, align 8
  %1249 = getelementptr inbounds i8, i8* %1248, i64 3200
  %1250 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1249, i8** %1250, align 8
  %1251 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_70(i8* %1251, i64 0, i64 1)
  %1252 = getelementptr inbounds i8*, i8** %0, i64 67
  %1253 = load i8*, i8** %1252, align 8
  %1254 = getelementptr inbounds i8, i8* %1253, i64 13696
  %1255 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1254, i8** %1255, align 8
  %1256 = getelementptr inbounds i8*, i8** %0, i64 67
  %1257 = load i8*, i8** %1256, align 8
  %1258 = getelementptr inbounds i8, i8* %1257, i64 3200
  %1259 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1258, i8** %1259, align 8
  %1260 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_70(i8* %1260, i64 0, i64 1)
  %1261 = getelementptr inbounds i8*, i8** %0, i64 67
  %1262 = load i8*, i8** %1261, align 8
  %1263 = getelementptr inbounds i8, i8* %1262, i64 17792
  %1264 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1263, i8** %1264, align 8
  %1265 = getelementptr inbounds i8*, i8** %0, i64 67
  %1266 = load i8*, i8** %1265, align 8
  %1267 = getelementptr inbounds i8, i8* %1266, i64 3200
  %1268 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1267, i8** %1268, align 8
  %1269 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_70(i8* %1269, i64 0, i64 1)
  %1270 = getelementptr inbounds i8*, i8** %0, i64 67
  %1271 = load i8*, i8** %1270, align 8
  %1272 = getelementptr inbounds i8, i8* %1271, i64 18816
  %1273 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1272, i8** %1273, align 8
  %1274 = getelementptr inbounds i8*, i8** %0, i64 67
  %1275 = load i8*, i8** %1274, align 8
  %1276 = getelementptr inbounds i8, i8* %1275, i64 3200
  %1277 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1276, i8** %1277, align 8
  %1278 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_69(i8* %1278, i64 0, i64 1)
  %1279 = getelementptr inbounds i8*, i8** %0, i64 67
  %1280 = load i8*, i8** %1279, align 8
  %1281 = getelementptr inbounds i8, i8* %1280, i64 11648
  %1282 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1281, i8** %1282, align 8
  %1283 = getelementptr inbounds i8*, i8** %0, i64 67
  %1284 = load i8*, i8** %1283, align 8
  %1285 = getelementptr inbounds i8, i8* %1284, i64 3200
  %1286 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1285, i8** %1286, align 8
  %1287 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_71(i8* %1287, i64 0, i64 1)
  %1288 = getelementptr inbounds i8*, i8** %0, i64 67
  %1289 = load i8*, i8** %1288, align 8
  %1290 = getelementptr inbounds i8, i8* %1289, i64 9600
  %1291 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1290, i8** %1291, align 8
  %1292 = getelementptr inbounds i8*, i8** %0, i64 67
  %1293 = load i8*, i8** %1292, align 8
  %1294 = getelementptr inbounds i8, i8* %1293, i64 3200
  %1295 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1294, i8** %1295, align 8
  %1296 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_71(i8* %1296, i64 0, i64 1)
  %1297 = getelementptr inbounds i8*, i8** %0, i64 36
  %1298 = load i8*, i8** %1297, align 8
  %1299 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1298, i8** %1299, align 8
  %1300 = getelementptr inbounds i8*, i8** %0, i64 10
  %1301 = load i8*, i8** %1300, align 8
  %1302 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1301, i8** %1302, align 8
  %1303 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_72(i8* %1303, i64 0, i64 1)
  %1304 = getelementptr inbounds i8*, i8** %0, i64 67
  %1305 = load i8*, i8** %1304, align 8
  %1306 = getelementptr inbounds i8, i8* %1305, i64 16832
  %1307 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1306, i8** %1307, align 8
  %1308 = getelementptr inbounds i8*, i8** %0, i64 36
  %1309 = load i8*, i8** %1308, align 8
  %1310 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1309, i8** %1310, align 8
  %1311 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_73(i8* %1311, i64 0, i64 1)
  %1312 = getelementptr inbounds i8*, i8** %0, i64 67
  %1313 = load i8*, i8** %1312, align 8
  %1314 = getelementptr inbounds i8, i8* %1313, i64 16832
  %1315 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1314, i8** %1315, align 8
  %1316 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %1316, i64 0, i64 1)
  %1317 = getelementptr inbounds i8*, i8** %0, i64 67
  %1318 = load i8*, i8** %1317, align 8
  %1319 = getelementptr inbounds i8, i8* %1318, i64 16896
  %1320 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1319, i8** %1320, align 8
  %1321 = getelementptr inbounds i8*, i8** %0, i64 36
  %1322 = load i8*, i8** %1321, align 8
  %1323 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1322, i8** %1323, align 8
  %1324 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_75(i8* %1324, i64 0, i64 1)
  %1325 = getelementptr inbounds i8*, i8** %0, i64 67
  %1326 = load i8*, i8** %1325, align 8
  %1327 = getelementptr inbounds i8, i8* %1326, i64 16896
  %1328 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1327, i8** %1328, align 8
  %1329 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %1329, i64 0, i64 1)
  %1330 = getelementptr inbounds i8*, i8** %0, i64 67
  %1331 = load i8*, i8** %1330, align 8
  %1332 = getelementptr inbounds i8, i8* %1331, i64 16896
  %1333 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1332, i8** %1333, align 8
  %1334 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_76(i8* %1334, i64 0, i64 1)
  %1335 = getelementptr inbounds i8*, i8** %0, i64 67
  %1336 = load i8*, i8** %1335, align 8
  %1337 = getelementptr inbounds i8, i8* %1336, i64 16960
  %1338 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1337, i8** %1338, align 8
  %1339 = getelementptr inbounds i8*, i8** %0, i64 33
  %1340 = load i8*, i8** %1339, align 8
  %1341 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1340, i8** %1341, align 8
  %1342 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %1342, i64 0, i64 1)
  %1343 = getelementptr inbounds i8*, i8** %0, i64 67
  %1344 = load i8*, i8** %1343, align 8
  %1345 = getelementptr inbounds i8, i8* %1344, i64 3200
  %1346 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1345, i8** %1346, align 8
  %1347 = getelementptr inbounds i8*, i8** %0, i64 11
  %1348 = load i8*, i8** %1347, align 8
  %1349 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1348, i8** %1349, align 8
  %1350 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_78(i8* %1350, i64 0, i64 1)
  %1351 = getelementptr inbounds i8*, i8** %0, i64 67
  %1352 = load i8*, i8** %1351, align 8
  %1353 = getelementptr inbounds i8, i8* %1352, i64 6400
  %1354 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1353, i8** %1354, align 8
  %1355 = getelementptr inbounds i8*, i8** %0, i64 67
  %1356 = load i8*, i8** %1355, align 8
  %1357 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1356, i8** %1357, align 8
  %1358 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_79(i8* %1358, i64 0, i64 1)
  %1359 = getelementptr inbounds i8*, i8** %0, i64 38
  %1360 = load i8*, i8** %1359, align 8
  %1361 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1360, i8** %1361, align 8
  %1362 = getelementptr inbounds i8*, i8** %0, i64 67
  %1363 = load i8*, i8** %1362, align 8
  %1364 = getelementptr inbounds i8, i8* %1363, i64 3200
  %1365 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1364, i8** %1365, align 8
  %1366 = getelementptr inbounds i8*, i8** %0, i64 67
  %1367 = load i8*, i8** %1366, align 8
  %1368 = getelementptr inbounds i8, i8* %1367, i64 6400
  %1369 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1368, i8** %1369, align 8
  %1370 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_80(i8* %1370, i64 0, i64 1)
  %1371 = getelementptr inbounds i8*, i8** %0, i64 67
  %1372 = load i8*, i8** %1371, align 8
  %1373 = getelementptr inbounds i8, i8* %1372, i64 3200
  %1374 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1373, i8** %1374, align 8
  %1375 = getelementptr inbounds i8*, i8** %0, i64 12
  %1376 = load i8*, i8** %1375, align 8
  %1377 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1376, i8** %1377, align 8
  %1378 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_81(i8* %1378, i64 0, i64 1)
  %1379 = getelementptr inbounds i8*, i8** %0, i64 67
  %1380 = load i8*, i8** %1379, align 8
  %1381 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1380, i8** %1381, align 8
  %1382 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_82(i8* %1382, i64 0, i64 1)
  %1383 = getelementptr inbounds i8*, i8** %0, i64 67
  %1384 = load i8*, i8** %1383, align 8
  %1385 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1384, i8** %1385, align 8
  %1386 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_83(i8* %1386, i64 0, i64 1)
  %1387 = getelementptr inbounds i8*, i8** %0, i64 39
  %1388 = load i8*, i8** %1387, align 8
  %1389 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1388, i8** %1389, align 8
  %1390 = getelementptr inbounds i8*, i8** %0, i64 67
  %1391 = load i8*, i8** %1390, align 8
  %1392 = getelementptr inbounds i8, i8* %1391, i64 3200
  %1393 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1392, i8** %1393, align 8
  %1394 = getelementptr inbounds i8*, i8** %0, i64 67
  %1395 = load i8*, i8** %1394, align 8
  %1396 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1395, i8** %1396, align 8
  %1397 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_80(i8* %1397, i64 0, i64 1)
  %1398 = getelementptr inbounds i8*, i8** %0, i64 67
  %1399 = load i8*, i8** %1398, align 8
  %1400 = getelementptr inbounds i8, i8* %1399, i64 3200
  %1401 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1400, i8** %1401, align 8
  %1402 = getelementptr inbounds i8*, i8** %0, i64 67
  %1403 = load i8*, i8** %1402, align 8
  %1404 = getelementptr inbounds i8, i8* %1403, i64 16960
  %1405 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1404, i8** %1405, align 8
  %1406 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_84(i8* %1406, i64 0, i64 1)
  %1407 = getelementptr inbounds i8*, i8** %0, i64 67
  %1408 = load i8*, i8** %1407, align 8
  %1409 = getelementptr inbounds i8, i8* %1408, i64 3200
  %1410 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1409, i8** %1410, align 8
  %1411 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %1411, i64 0, i64 1)
  %1412 = getelementptr inbounds i8*, i8** %0, i64 67
  %1413 = load i8*, i8** %1412, align 8
  %1414 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1413, i8** %1414, align 8
  %1415 = getelementptr inbounds i8*, i8** %0, i64 0
  %1416 = load i8*, i8** %1415, align 8
  %1417 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1416, i8** %1417, align 8
  %1418 = getelementptr inbounds i8*, i8** %0, i64 67
  %1419 = load i8*, i8** %1418, align 8
  %1420 = getelementptr inbounds i8, i8* %1419, i64 3200
  %1421 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1420, i8** %1421, align 8
  %1422 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_85(i8* %1422, i64 0, i64 1)
  %1423 = getelementptr inbounds i8*, i8** %0, i64 67
  %1424 = load i8*, i8** %1423, align 8
  %1425 = getelementptr inbounds i8, i8* %1424, i64 3200
  %1426 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1425, i8** %1426, align 8
  %1427 = getelementptr inbounds i8*, i8** %0, i64 39
  %1428 = load i8*, i8** %1427, align 8
  %1429 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1428, i8** %1429, align 8
  %1430 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_86(i8* %1430, i64 0, i64 1)
  %1431 = getelementptr inbounds i8*, i8** %0, i64 67
  %1432 = load i8*, i8** %1431, align 8
  %1433 = getelementptr inbounds i8, i8* %1432, i64 3200
  %1434 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1433, i8** %1434, align 8
  %1435 = getelementptr inbounds i8*, i8** %0, i64 67
  %1436 = load i8*, i8** %1435, align 8
  %1437 = getelementptr inbounds i8, i8* %1436, i64 16896
  %1438 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1437, i8** %1438, align 8
  %1439 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_87(i8* %1439, i64 0, i64 1)
  %1440 = getelementptr inbounds i8*, i8** %0, i64 67
  %1441 = load i8*, i8** %1440, align 8
  %1442 = getelementptr inbounds i8, i8* %1441, i64 3200
  %1443 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1442, i8** %1443, align 8
  %1444 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_88(i8* %1444, i64 0, i64 1)
  %1445 = getelementptr inbounds i8*, i8** %0, i64 67
  %1446 = load i8*, i8** %1445, align 8
  %1447 = getelementptr inbounds i8, i8* %1446, i64 16960
  %1448 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1447, i8** %1448, align 8
  %1449 = getelementptr inbounds i8*, i8** %0, i64 67
  %1450 = load i8*, i8** %1449, align 8
  %1451 = getelementptr inbounds i8, i8* %1450, i64 16832
  %1452 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1451, i8** %1452, align 8
  %1453 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_89(i8* %1453, i64 0, i64 1)
  %1454 = getelementptr inbounds i8*, i8** %0, i64 67
  %1455 = load i8*, i8** %1454, align 8
  %1456 = getelementptr inbounds i8, i8* %1455, i64 3200
  %1457 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1456, i8** %1457, align 8
  %1458 = getelementptr inbounds i8*, i8** %0, i64 38
  %1459 = load i8*, i8** %1458, align 8
  %1460 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1459, i8** %1460, align 8
  %1461 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_90(i8* %1461, i64 0, i64 1)
  %1462 = getelementptr inbounds i8*, i8** %0, i64 67
  %1463 = load i8*, i8** %1462, align 8
  %1464 = getelementptr inbounds i8, i8* %1463, i64 3200
  %1465 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1464, i8** %1465, align 8
  %1466 = getelementptr inbounds i8*, i8** %0, i64 67
  %1467 = load i8*, i8** %1466, align 8
  %1468 = getelementptr inbounds i8, i8* %1467, i64 16960
  %1469 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1468, i8** %1469, align 8
  %1470 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_91(i8* %1470, i64 0, i64 1)
  %1471 = getelementptr inbounds i8*, i8** %0, i64 37
  %1472 = load i8*, i8** %1471, align 8
  %1473 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1472, i8** %1473, align 8
  %1474 = getelementptr inbounds i8*, i8** %0, i64 67
  %1475 = load i8*, i8** %1474, align 8
  %1476 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1475, i8** %1476, align 8
  %1477 = getelementptr inbounds i8*, i8** %0, i64 67
  %1478 = load i8*, i8** %1477, align 8
  %1479 = getelementptr inbounds i8, i8* %1478, i64 3200
  %1480 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1479, i8** %1480, align 8
  %1481 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_92(i8* %1481, i64 0, i64 1)
  %1482 = getelementptr inbounds i8*, i8** %0, i64 67
  %1483 = load i8*, i8** %1482, align 8
  %1484 = getelementptr inbounds i8, i8* %1483, i64 384
  %1485 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1484, i8** %1485, align 8
  %1486 = getelementptr inbounds i8*, i8** %0, i64 33
  %1487 = load i8*, i8** %1486, align 8
  %1488 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1487, i8** %1488, align 8
  %1489 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %1489, i64 0, i64 1)
  %1490 = getelementptr inbounds i8*, i8** %0, i64 67
  %1491 = load i8*, i8** %1490, align 8
  %1492 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1491, i8** %1492, align 8
  %1493 = getelementptr inbounds i8*, i8** %0, i64 13
  %1494 = load i8*, i8** %1493, align 8
  %1495 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1494, i8** %1495, align 8
  %1496 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_93(i8* %1496, i64 0, i64 1)
  %1497 = getelementptr inbounds i8*, i8** %0, i64 67
  %1498 = load i8*, i8** %1497, align 8
  %1499 = getelementptr inbounds i8, i8* %1498, i64 192
  %1500 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1499, i8** %1500, align 8
  %1501 = getelementptr inbounds i8*, i8** %0, i64 67
  %1502 = load i8*, i8** %1501, align 8
  %1503 = getelementptr inbounds i8, i8* %1502, i64 20864
  %1504 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1503, i8** %1504, align 8
  %1505 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_94(i8* %1505, i64 0, i64 1)
  %1506 = getelementptr inbounds i8*, i8** %0, i64 41
  %1507 = load i8*, i8** %1506, align 8
  %1508 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1507, i8** %1508, align 8
  %1509 = getelementptr inbounds i8*, i8** %0, i64 67
  %1510 = load i8*, i8** %1509, align 8
  %1511 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1510, i8** %1511, align 8
  %1512 = getelementptr inbounds i8*, i8** %0, i64 67
  %1513 = load i8*, i8** %1512, align 8
  %1514 = getelementptr inbounds i8, i8* %1513, i64 192
  %1515 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1514, i8** %1515, align 8
  %1516 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_95(i8* %1516, i64 0, i64 1)
  %1517 = getelementptr inbounds i8*, i8** %0, i64 67
  %1518 = load i8*, i8** %1517, align 8
  %1519 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1518, i8** %1519, align 8
  %1520 = getelementptr inbounds i8*, i8** %0, i64 14
  %1521 = load i8*, i8** %1520, align 8
  %1522 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1521, i8** %1522, align 8
  %1523 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_96(i8* %1523, i64 0, i64 1)
  %1524 = getelementptr inbounds i8*, i8** %0, i64 67
  %1525 = load i8*, i8** %1524, align 8
  %1526 = getelementptr inbounds i8, i8* %1525, i64 20864
  %1527 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1526, i8** %1527, align 8
  %1528 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_97(i8* %1528, i64 0, i64 1)
  %1529 = getelementptr inbounds i8*, i8** %0, i64 67
  %1530 = load i8*, i8** %1529, align 8
  %1531 = getelementptr inbounds i8, i8* %1530, i64 20864
  %1532 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1531, i8** %1532, align 8
  %1533 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_98(i8* %1533, i64 0, i64 1)
  %1534 = getelementptr inbounds i8*, i8** %0, i64 42
  %1535 = load i8*, i8** %1534, align 8
  %1536 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1535, i8** %1536, align 8
  %1537 = getelementptr inbounds i8*, i8** %0, i64 67
  %1538 = load i8*, i8** %1537, align 8
  %1539 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1538, i8** %1539, align 8
  %1540 = getelementptr inbounds i8*, i8** %0, i64 67
  %1541 = load i8*, i8** %1540, align 8
  %1542 = getelementptr inbounds i8, i8* %1541, i64 20864
  %1543 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1542, i8** %1543, align 8
  %1544 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_95(i8* %1544, i64 0, i64 1)
  %1545 = getelementptr inbounds i8*, i8** %0, i64 67
  %1546 = load i8*, i8** %1545, align 8
  %1547 = getelementptr inbounds i8, i8* %1546, i64 192
  %1548 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1547, i8** %1548, align 8
  %1549 = getelementptr inbounds i8*, i8** %0, i64 67
  %1550 = load i8*, i8** %1549, align 8
  %1551 = getelementptr inbounds i8, i8* %1550, i64 384
  %1552 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1551, i8** %1552, align 8
  %1553 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_84(i8* %1553, i64 0, i64 1)
  %1554 = getelementptr inbounds i8*, i8** %0, i64 67
  %1555 = load i8*, i8** %1554, align 8
  %1556 = getelementptr inbounds i8, i8* %1555, i64 192
  %1557 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1556, i8** %1557, align 8
  %1558 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %1558, i64 0, i64 1)
  %1559 = getelementptr inbounds i8*, i8** %0, i64 67
  %1560 = load i8*, i8** %1559, align 8
  %1561 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1560, i8** %1561, align 8
  %1562 = getelementptr inbounds i8*, i8** %0, i64 1
  %1563 = load i8*, i8** %1562, align 8
  %1564 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1563, i8** %1564, align 8
  %1565 = getelementptr inbounds i8*, i8** %0, i64 67
  %1566 = load i8*, i8** %1565, align 8
  %1567 = getelementptr inbounds i8, i8* %1566, i64 192
  %1568 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1567, i8** %1568, align 8
  %1569 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_99(i8* %1569, i64 0, i64 1)
  %1570 = getelementptr inbounds i8*, i8** %0, i64 67
  %1571 = load i8*, i8** %1570, align 8
  %1572 = getelementptr inbounds i8, i8* %1571, i64 192
  %1573 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1572, i8** %1573, align 8
  %1574 = getelementptr inbounds i8*, i8** %0, i64 42
  %1575 = load i8*, i8** %1574, align 8
  %1576 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1575, i8** %1576, align 8
  %1577 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_100(i8* %1577, i64 0, i64 1)
  %1578 = getelementptr inbounds i8*, i8** %0, i64 67
  %1579 = load i8*, i8** %1578, align 8
  %1580 = getelementptr inbounds i8, i8* %1579, i64 192
  %1581 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1580, i8** %1581, align 8
  %1582 = getelementptr inbounds i8*, i8** %0, i64 67
  %1583 = load i8*, i8** %1582, align 8
  %1584 = getelementptr inbounds i8, i8* %1583, i64 16896
  %1585 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1584, i8** %1585, align 8
  %1586 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_101(i8* %1586, i64 0, i64 1)
  %1587 = getelementptr inbounds i8*, i8** %0, i64 67
  %1588 = load i8*, i8** %1587, align 8
  %1589 = getelementptr inbounds i8, i8* %1588, i64 192
  %1590 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1589, i8** %1590, align 8
  %1591 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_102(i8* %1591, i64 0, i64 1)
  %1592 = getelementptr inbounds i8*, i8** %0, i64 67
  %1593 = load i8*, i8** %1592, align 8
  %1594 = getelementptr inbounds i8, i8* %1593, i64 384
  %1595 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1594, i8** %1595, align 8
  %1596 = getelementptr inbounds i8*, i8** %0, i64 67
  %1597 = load i8*, i8** %1596, align 8
  %1598 = getelementptr inbounds i8, i8* %1597, i64 16832
  %1599 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1598, i8** %1599, align 8
  %1600 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_89(i8* %1600, i64 0, i64 1)
  %1601 = getelementptr inbounds i8*, i8** %0, i64 67
  %1602 = load i8*, i8** %1601, align 8
  %1603 = getelementptr inbounds i8, i8* %1602, i64 192
  %1604 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1603, i8** %1604, align 8
  %1605 = getelementptr inbounds i8*, i8** %0, i64 41
  %1606 = load i8*, i8** %1605, align 8
  %1607 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1606, i8** %1607, align 8
  %1608 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_103(i8* %1608, i64 0, i64 1)
  %1609 = getelementptr inbounds i8*, i8** %0, i64 67
  %1610 = load i8*, i8** %1609, align 8
  %1611 = getelementptr inbounds i8, i8* %1610, i64 192
  %1612 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1611, i8** %1612, align 8
  %1613 = getelementptr inbounds i8*, i8** %0, i64 67
  %1614 = load i8*, i8** %1613, align 8
  %1615 = getelementptr inbounds i8, i8* %1614, i64 384
  %1616 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1615, i8** %1616, align 8
  %1617 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_104(i8* %1617, i64 0, i64 1)
  %1618 = getelementptr inbounds i8*, i8** %0, i64 40
  %1619 = load i8*, i8** %1618, align 8
  %1620 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1619, i8** %1620, align 8
  %1621 = getelementptr inbounds i8*, i8** %0, i64 67
  %1622 = load i8*, i8** %1621, align 8
  %1623 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1622, i8** %1623, align 8
  %1624 = getelementptr inbounds i8*, i8** %0, i64 67
  %1625 = load i8*, i8** %1624, align 8
  %1626 = getelementptr inbounds i8, i8* %1625, i64 192
  %1627 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1626, i8** %1627, align 8
  %1628 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_105(i8* %1628, i64 0, i64 1)
  %1629 = getelementptr inbounds i8*, i8** %0, i64 67
  %1630 = load i8*, i8** %1629, align 8
  %1631 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1630, i8** %1631, align 8
  %1632 = getelementptr inbounds i8*, i8** %0, i64 33
  %1633 = load i8*, i8** %1632, align 8
  %1634 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1633, i8** %1634, align 8
  %1635 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %1635, i64 0, i64 1)
  %1636 = getelementptr inbounds i8*, i8** %0, i64 67
  %1637 = load i8*, i8** %1636, align 8
  %1638 = getelementptr inbounds i8, i8* %1637, i64 64
  %1639 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1638, i8** %1639, align 8
  %1640 = getelementptr inbounds i8*, i8** %0, i64 15
  %1641 = load i8*, i8** %1640, align 8
  %1642 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1641, i8** %1642, align 8
  %1643 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_106(i8* %1643, i64 0, i64 1)
  %1644 = getelementptr inbounds i8*, i8** %0, i64 67
  %1645 = load i8*, i8** %1644, align 8
  %1646 = getelementptr inbounds i8, i8* %1645, i64 128
  %1647 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1646, i8** %1647, align 8
  %1648 = getelementptr inbounds i8*, i8** %0, i64 67
  %1649 = load i8*, i8** %1648, align 8
  %1650 = getelementptr inbounds i8, i8* %1649, i64 16768
  %1651 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1650, i8** %1651, align 8
  %1652 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_107(i8* %1652, i64 0, i64 1)
  %1653 = getelementptr inbounds i8*, i8** %0, i64 44
  %1654 = load i8*, i8** %1653, align 8
  %1655 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1654, i8** %1655, align 8
  %1656 = getelementptr inbounds i8*, i8** %0, i64 67
  %1657 = load i8*, i8** %1656, align 8
  %1658 = getelementptr inbounds i8, i8* %1657, i64 64
  %1659 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1658, i8** %1659, align 8
  %1660 = getelementptr inbounds i8*, i8** %0, i64 67
  %1661 = load i8*, i8** %1660, align 8
  %1662 = getelementptr inbounds i8, i8* %1661, i64 128
  %1663 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1662, i8** %1663, align 8
  %1664 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_108(i8* %1664, i64 0, i64 1)
  %1665 = getelementptr inbounds i8*, i8** %0, i64 67
  %1666 = load i8*, i8** %1665, align 8
  %1667 = getelementptr inbounds i8, i8* %1666, i64 64
  %1668 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1667, i8** %1668, align 8
  %1669 = getelementptr inbounds i8*, i8** %0, i64 16
  %1670 = load i8*, i8** %1669, align 8
  %1671 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1670, i8** %1671, align 8
  %1672 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_109(i8* %1672, i64 0, i64 1)
  %1673 = getelementptr inbounds i8*, i8** %0, i64 67
  %1674 = load i8*, i8** %1673, align 8
  %1675 = getelementptr inbounds i8, i8* %1674, i64 16768
  %1676 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1675, i8** %1676, align 8
  %1677 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_110(i8* %1677, i64 0, i64 1)
  %1678 = getelementptr inbounds i8*, i8** %0, i64 67
  %1679 = load i8*, i8** %1678, align 8
  %1680 = getelementptr inbounds i8, i8* %1679, i64 16768
  %1681 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1680, i8** %1681, align 8
  %1682 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_111(i8* %1682, i64 0, i64 1)
  %1683 = getelementptr inbounds i8*, i8** %0, i64 45
  %1684 = load i8*, i8** %1683, align 8
  %1685 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1684, i8** %1685, align 8
  %1686 = getelementptr inbounds i8*, i8** %0, i64 67
  %1687 = load i8*, i8** %1686, align 8
  %1688 = getelementptr inbounds i8, i8* %1687, i64 64
  %1689 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1688, i8** %1689, align 8
  %1690 = getelementptr inbounds i8*, i8** %0, i64 67
  %1691 = load i8*, i8** %1690, align 8
  %1692 = getelementptr inbounds i8, i8* %1691, i64 16768
  %1693 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1692, i8** %1693, align 8
  %1694 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_108(i8* %1694, i64 0, i64 1)
  %1695 = getelementptr inbounds i8*, i8** %0, i64 67
  %1696 = load i8*, i8** %1695, align 8
  %1697 = getelementptr inbounds i8, i8* %1696, i64 64
  %1698 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1697, i8** %1698, align 8
  %1699 = getelementptr inbounds i8*, i8** %0, i64 67
  %1700 = load i8*, i8** %1699, align 8
  %1701 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1700, i8** %1701, align 8
  %1702 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_84(i8* %1702, i64 0, i64 1)
  %1703 = getelementptr inbounds i8*, i8** %0, i64 67
  %1704 = load i8*, i8** %1703, align 8
  %1705 = getelementptr inbounds i8, i8* %1704, i64 64
  %1706 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1705, i8** %1706, align 8
  %1707 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %1707, i64 0, i64 1)
  %1708 = getelementptr inbounds i8*, i8** %0, i64 67
  %1709 = load i8*, i8** %1708, align 8
  %1710 = getelementptr inbounds i8, i8* %1709, i64 128
  %1711 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1710, i8** %1711, align 8
  %1712 = getelementptr inbounds i8*, i8** %0, i64 2
  %1713 = load i8*, i8** %1712, align 8
  %1714 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1713, i8** %1714, align 8
  %1715 = getelementptr inbounds i8*, i8** %0, i64 67
  %1716 = load i8*, i8** %1715, align 8
  %1717 = getelementptr inbounds i8, i8* %1716, i64 64
  %1718 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1717, i8** %1718, align 8
  %1719 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_112(i8* %1719, i64 0, i64 1)
  %1720 = getelementptr inbounds i8*, i8** %0, i64 67
  %1721 = load i8*, i8** %1720, align 8
  %1722 = getelementptr inbounds i8, i8* %1721, i64 64
  %1723 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1722, i8** %1723, align 8
  %1724 = getelementptr inbounds i8*, i8** %0, i64 45
  %1725 = load i8*, i8** %1724, align 8
  %1726 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1725, i8** %1726, align 8
  %1727 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_113(i8* %1727, i64 0, i64 1)
  %1728 = getelementptr inbounds i8*, i8** %0, i64 67
  %1729 = load i8*, i8** %1728, align 8
  %1730 = getelementptr inbounds i8, i8* %1729, i64 64
  %1731 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1730, i8** %1731, align 8
  %1732 = getelementptr inbounds i8*, i8** %0, i64 67
  %1733 = load i8*, i8** %1732, align 8
  %1734 = getelementptr inbounds i8, i8* %1733, i64 16896
  %1735 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1734, i8** %1735, align 8
  %1736 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_114(i8* %1736, i64 0, i64 1)
  %1737 = getelementptr inbounds i8*, i8** %0, i64 67
  %1738 = load i8*, i8** %1737, align 8
  %1739 = getelementptr inbounds i8, i8* %1738, i64 64
  %1740 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1739, i8** %1740, align 8
  %1741 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_115(i8* %1741, i64 0, i64 1)
  %1742 = getelementptr inbounds i8*, i8** %0, i64 67
  %1743 = load i8*, i8** %1742, align 8
  %1744 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1743, i8** %1744, align 8
  %1745 = getelementptr inbounds i8*, i8** %0, i64 67
  %1746 = load i8*, i8** %1745, align 8
  %1747 = getelementptr inbounds i8, i8* %1746, i64 16832
  %1748 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1747, i8** %1748, align 8
  %1749 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_89(i8* %1749, i64 0, i64 1)
  %1750 = getelementptr inbounds i8*, i8** %0, i64 67
  %1751 = load i8*, i8** %1750, align 8
  %1752 = getelementptr inbounds i8, i8* %1751, i64 64
  %1753 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1752, i8** %1753, align 8
  %1754 = getelementptr inbounds i8*, i8** %0, i64 44
  %1755 = load i8*, i8** %1754, align 8
  %1756 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1755, i8** %1756, align 8
  %1757 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_116(i8* %1757, i64 0, i64 1)
  %1758 = getelementptr inbounds i8*, i8** %0, i64 67
  %1759 = load i8*, i8** %1758, align 8
  %1760 = getelementptr inbounds i8, i8* %1759, i64 64
  %1761 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1760, i8** %1761, align 8
  %1762 = getelementptr inbounds i8*, i8** %0, i64 67
  %1763 = load i8*, i8** %1762, align 8
  %1764 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1763, i8** %1764, align 8
  %1765 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_117(i8* %1765, i64 0, i64 1)
  %1766 = getelementptr inbounds i8*, i8** %0, i64 43
  %1767 = load i8*, i8** %1766, align 8
  %1768 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1767, i8** %1768, align 8
  %1769 = getelementptr inbounds i8*, i8** %0, i64 67
  %1770 = load i8*, i8** %1769, align 8
  %1771 = getelementptr inbounds i8, i8* %1770, i64 128
  %1772 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1771, i8** %1772, align 8
  %1773 = getelementptr inbounds i8*, i8** %0, i64 67
  %1774 = load i8*, i8** %1773, align 8
  %1775 = getelementptr inbounds i8, i8* %1774, i64 64
  %1776 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1775, i8** %1776, align 8
  %1777 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_118(i8* %1777, i64 0, i64 1)
  %1778 = getelementptr inbounds i8*, i8** %0, i64 67
  %1779 = load i8*, i8** %1778, align 8
  %1780 = getelementptr inbounds i8, i8* %1779, i64 2048
  %1781 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1780, i8** %1781, align 8
  %1782 = getelementptr inbounds i8*, i8** %0, i64 33
  %1783 = load i8*, i8** %1782, align 8
  %1784 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1783, i8** %1784, align 8
  %1785 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %1785, i64 0, i64 1)
  %1786 = getelementptr inbounds i8*, i8** %0, i64 67
  %1787 = load i8*, i8** %1786, align 8
  %1788 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1787, i8** %1788, align 8
  %1789 = getelementptr inbounds i8*, i8** %0, i64 17
  %1790 = load i8*, i8** %1789, align 8
  %1791 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1790, i8** %1791, align 8
  %1792 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_119(i8* %1792, i64 0, i64 1)
  %1793 = getelementptr inbounds i8*, i8** %0, i64 67
  %1794 = load i8*, i8** %1793, align 8
  %1795 = getelementptr inbounds i8, i8* %1794, i64 1024
  %1796 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1795, i8** %1796, align 8
  %1797 = getelementptr inbounds i8*, i8** %0, i64 67
  %1798 = load i8*, i8** %1797, align 8
  %1799 = getelementptr inbounds i8, i8* %1798, i64 15744
  %1800 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1799, i8** %1800, align 8
  %1801 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_120(i8* %1801, i64 0, i64 1)
  %1802 = getelementptr inbounds i8*, i8** %0, i64 47
  %1803 = load i8*, i8** %1802, align 8
  %1804 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1803, i8** %1804, align 8
  %1805 = getelementptr inbounds i8*, i8** %0, i64 67
  %1806 = load i8*, i8** %1805, align 8
  %1807 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1806, i8** %1807, align 8
  %1808 = getelementptr inbounds i8*, i8** %0, i64 67
  %1809 = load i8*, i8** %1808, align 8
  %1810 = getelementptr inbounds i8, i8* %1809, i64 1024
  %1811 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1810, i8** %1811, align 8
  %1812 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %1812, i64 0, i64 1)
  %1813 = getelementptr inbounds i8*, i8** %0, i64 67
  %1814 = load i8*, i8** %1813, align 8
  %1815 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1814, i8** %1815, align 8
  %1816 = getelementptr inbounds i8*, i8** %0, i64 18
  %1817 = load i8*, i8** %1816, align 8
  %1818 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1817, i8** %1818, align 8
  %1819 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_122(i8* %1819, i64 0, i64 1)
  %1820 = getelementptr inbounds i8*, i8** %0, i64 67
  %1821 = load i8*, i8** %1820, align 8
  %1822 = getelementptr inbounds i8, i8* %1821, i64 15744
  %1823 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1822, i8** %1823, align 8
  %1824 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_123(i8* %1824, i64 0, i64 1)
  %1825 = getelementptr inbounds i8*, i8** %0, i64 67
  %1826 = load i8*, i8** %1825, align 8
  %1827 = getelementptr inbounds i8, i8* %1826, i64 15744
  %1828 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1827, i8** %1828, align 8
  %1829 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_124(i8* %1829, i64 0, i64 1)
  %1830 = getelementptr inbounds i8*, i8** %0, i64 48
  %1831 = load i8*, i8** %1830, align 8
  %1832 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1831, i8** %1832, align 8
  %1833 = getelementptr inbounds i8*, i8** %0, i64 67
  %1834 = load i8*, i8** %1833, align 8
  %1835 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1834, i8** %1835, align 8
  %1836 = getelementptr inbounds i8*, i8** %0, i64 67
  %1837 = load i8*, i8** %1836, align 8
  %1838 = getelementptr inbounds i8, i8* %1837, i64 15744
  %1839 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1838, i8** %1839, align 8
  %1840 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %1840, i64 0, i64 1)
  %1841 = getelementptr inbounds i8*, i8** %0, i64 67
  %1842 = load i8*, i8** %1841, align 8
  %1843 = getelementptr inbounds i8, i8* %1842, i64 1024
  %1844 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1843, i8** %1844, align 8
  %1845 = getelementptr inbounds i8*, i8** %0, i64 67
  %1846 = load i8*, i8** %1845, align 8
  %1847 = getelementptr inbounds i8, i8* %1846, i64 2048
  %1848 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1847, i8** %1848, align 8
  %1849 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_84(i8* %1849, i64 0, i64 1)
  %1850 = getelementptr inbounds i8*, i8** %0, i64 67
  %1851 = load i8*, i8** %1850, align 8
  %1852 = getelementptr inbounds i8, i8* %1851, i64 1024
  %1853 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1852, i8** %1853, align 8
  %1854 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %1854, i64 0, i64 1)
  %1855 = getelementptr inbounds i8*, i8** %0, i64 67
  %1856 = load i8*, i8** %1855, align 8
  %1857 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1856, i8** %1857, align 8
  %1858 = getelementptr inbounds i8*, i8** %0, i64 3
  %1859 = load i8*, i8** %1858, align 8
  %1860 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1859, i8** %1860, align 8
  %1861 = getelementptr inbounds i8*, i8** %0, i64 67
  %1862 = load i8*, i8** %1861, align 8
  %1863 = getelementptr inbounds i8, i8* %1862, i64 1024
  %1864 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1863, i8** %1864, align 8
  %1865 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_125(i8* %1865, i64 0, i64 1)
  %1866 = getelementptr inbounds i8*, i8** %0, i64 67
  %1867 = load i8*, i8** %1866, align 8
  %1868 = getelementptr inbounds i8, i8* %1867, i64 1024
  %1869 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1868, i8** %1869, align 8
  %1870 = getelementptr inbounds i8*, i8** %0, i64 48
  %1871 = load i8*, i8** %1870, align 8
  %1872 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1871, i8** %1872, align 8
  %1873 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_126(i8* %1873, i64 0, i64 1)
  %1874 = getelementptr inbounds i8*, i8** %0, i64 67
  %1875 = load i8*, i8** %1874, align 8
  %1876 = getelementptr inbounds i8, i8* %1875, i64 1024
  %1877 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1876, i8** %1877, align 8
  %1878 = getelementptr inbounds i8*, i8** %0, i64 67
  %1879 = load i8*, i8** %1878, align 8
  %1880 = getelementptr inbounds i8, i8* %1879, i64 16896
  %1881 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1880, i8** %1881, align 8
  %1882 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_127(i8* %1882, i64 0, i64 1)
  %1883 = getelementptr inbounds i8*, i8** %0, i64 67
  %1884 = load i8*, i8** %1883, align 8
  %1885 = getelementptr inbounds i8, i8* %1884, i64 1024
  %1886 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1885, i8** %1886, align 8
  %1887 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_128(i8* %1887, i64 0, i64 1)
  %1888 = getelementptr inbounds i8*, i8** %0, i64 67
  %1889 = load i8*, i8** %1888, align 8
  %1890 = getelementptr inbounds i8, i8* %1889, i64 2048
  %1891 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1890, i8** %1891, align 8
  %1892 = getelementptr inbounds i8*, i8** %0, i64 67
  %1893 = load i8*, i8** %1892, align 8
  %1894 = getelementptr inbounds i8, i8* %1893, i64 16832
  %1895 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1894, i8** %1895, align 8
  %1896 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_89(i8* %1896, i64 0, i64 1)
  %1897 = getelementptr inbounds i8*, i8** %0, i64 67
  %1898 = load i8*, i8** %1897, align 8
  %1899 = getelementptr inbounds i8, i8* %1898, i64 1024
  %1900 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1899, i8** %1900, align 8
  %1901 = getelementptr inbounds i8*, i8** %0, i64 47
  %1902 = load i8*, i8** %1901, align 8
  %1903 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1902, i8** %1903, align 8
  %1904 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_129(i8* %1904, i64 0, i64 1)
  %1905 = getelementptr inbounds i8*, i8** %0, i64 67
  %1906 = load i8*, i8** %1905, align 8
  %1907 = getelementptr inbounds i8, i8* %1906, i64 1024
  %1908 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1907, i8** %1908, align 8
  %1909 = getelementptr inbounds i8*, i8** %0, i64 67
  %1910 = load i8*, i8** %1909, align 8
  %1911 = getelementptr inbounds i8, i8* %1910, i64 2048
  %1912 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1911, i8** %1912, align 8
  %1913 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_130(i8* %1913, i64 0, i64 1)
  %1914 = getelementptr inbounds i8*, i8** %0, i64 46
  %1915 = load i8*, i8** %1914, align 8
  %1916 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1915, i8** %1916, align 8
  %1917 = getelementptr inbounds i8*, i8** %0, i64 67
  %1918 = load i8*, i8** %1917, align 8
  %1919 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1918, i8** %1919, align 8
  %1920 = getelementptr inbounds i8*, i8** %0, i64 67
  %1921 = load i8*, i8** %1920, align 8
  %1922 = getelementptr inbounds i8, i8* %1921, i64 1024
  %1923 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1922, i8** %1923, align 8
  %1924 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_131(i8* %1924, i64 0, i64 1)
  %1925 = getelementptr inbounds i8*, i8** %0, i64 67
  %1926 = load i8*, i8** %1925, align 8
  %1927 = getelementptr inbounds i8, i8* %1926, i64 2048
  %1928 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1927, i8** %1928, align 8
  %1929 = getelementptr inbounds i8*, i8** %0, i64 33
  %1930 = load i8*, i8** %1929, align 8
  %1931 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1930, i8** %1931, align 8
  %1932 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %1932, i64 0, i64 1)
  %1933 = getelementptr inbounds i8*, i8** %0, i64 67
  %1934 = load i8*, i8** %1933, align 8
  %1935 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1934, i8** %1935, align 8
  %1936 = getelementptr inbounds i8*, i8** %0, i64 19
  %1937 = load i8*, i8** %1936, align 8
  %1938 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1937, i8** %1938, align 8
  %1939 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_119(i8* %1939, i64 0, i64 1)
  %1940 = getelementptr inbounds i8*, i8** %0, i64 67
  %1941 = load i8*, i8** %1940, align 8
  %1942 = getelementptr inbounds i8, i8* %1941, i64 1024
  %1943 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1942, i8** %1943, align 8
  %1944 = getelementptr inbounds i8*, i8** %0, i64 67
  %1945 = load i8*, i8** %1944, align 8
  %1946 = getelementptr inbounds i8, i8* %1945, i64 14720
  %1947 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1946, i8** %1947, align 8
  %1948 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_120(i8* %1948, i64 0, i64 1)
  %1949 = getelementptr inbounds i8*, i8** %0, i64 50
  %1950 = load i8*, i8** %1949, align 8
  %1951 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1950, i8** %1951, align 8
  %1952 = getelementptr inbounds i8*, i8** %0, i64 67
  %1953 = load i8*, i8** %1952, align 8
  %1954 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1953, i8** %1954, align 8
  %1955 = getelementptr inbounds i8*, i8** %0, i64 67
  %1956 = load i8*, i8** %1955, align 8
  %1957 = getelementptr inbounds i8, i8* %1956, i64 1024
  %1958 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1957, i8** %1958, align 8
  %1959 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %1959, i64 0, i64 1)
  %1960 = getelementptr inbounds i8*, i8** %0, i64 67
  %1961 = load i8*, i8** %1960, align 8
  %1962 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1961, i8** %1962, align 8
  %1963 = getelementptr inbounds i8*, i8** %0, i64 20
  %1964 = load i8*, i8** %1963, align 8
  %1965 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1964, i8** %1965, align 8
  %1966 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_122(i8* %1966, i64 0, i64 1)
  %1967 = getelementptr inbounds i8*, i8** %0, i64 67
  %1968 = load i8*, i8** %1967, align 8
  %1969 = getelementptr inbounds i8, i8* %1968, i64 14720
  %1970 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1969, i8** %1970, align 8
  %1971 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_123(i8* %1971, i64 0, i64 1)
  %1972 = getelementptr inbounds i8*, i8** %0, i64 67
  %1973 = load i8*, i8** %1972, align 8
  %1974 = getelementptr inbounds i8, i8* %1973, i64 14720
  %1975 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1974, i8** %1975, align 8
  %1976 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_124(i8* %1976, i64 0, i64 1)
  %1977 = getelementptr inbounds i8*, i8** %0, i64 51
  %1978 = load i8*, i8** %1977, align 8
  %1979 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1978, i8** %1979, align 8
  %1980 = getelementptr inbounds i8*, i8** %0, i64 67
  %1981 = load i8*, i8** %1980, align 8
  %1982 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1981, i8** %1982, align 8
  %1983 = getelementptr inbounds i8*, i8** %0, i64 67
  %1984 = load i8*, i8** %1983, align 8
  %1985 = getelementptr inbounds i8, i8* %1984, i64 14720
  %1986 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1985, i8** %1986, align 8
  %1987 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %1987, i64 0, i64 1)
  %1988 = getelementptr inbounds i8*, i8** %0, i64 67
  %1989 = load i8*, i8** %1988, align 8
  %1990 = getelementptr inbounds i8, i8* %1989, i64 1024
  %1991 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1990, i8** %1991, align 8
  %1992 = getelementptr inbounds i8*, i8** %0, i64 67
  %1993 = load i8*, i8** %1992, align 8
  %1994 = getelementptr inbounds i8, i8* %1993, i64 2048
  %1995 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1994, i8** %1995, align 8
  %1996 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_84(i8* %1996, i64 0, i64 1)
  %1997 = getelementptr inbounds i8*, i8** %0, i64 67
  %1998 = load i8*, i8** %1997, align 8
  %1999 = getelementptr inbounds i8, i8* %1998, i64 1024
  %2000 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1999, i8** %2000, align 8
  %2001 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %2001, i64 0, i64 1)
  %2002 = getelementptr inbounds i8*, i8** %0, i64 67
  %2003 = load i8*, i8** %2002, align 8
  %2004 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2003, i8** %2004, align 8
  %2005 = getelementptr inbounds i8*, i8** %0, i64 4
  %2006 = load i8*, i8** %2005, align 8
  %2007 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2006, i8** %2007, align 8
  %2008 = getelementptr inbounds i8*, i8** %0, i64 67
  %2009 = load i8*, i8** %2008, align 8
  %2010 = getelementptr inbounds i8, i8* %2009, i64 1024
  %2011 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2010, i8** %2011, align 8
  %2012 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_125(i8* %2012, i64 0, i64 1)
  %2013 = getelementptr inbounds i8*, i8** %0, i64 67
  %2014 = load i8*, i8** %2013, align 8
  %2015 = getelementptr inbounds i8, i8* %2014, i64 1024
  %2016 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2015, i8** %2016, align 8
  %2017 = getelementptr inbounds i8*, i8** %0, i64 51
  %2018 = load i8*, i8** %2017, align 8
  %2019 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2018, i8** %2019, align 8
  %2020 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_126(i8* %2020, i64 0, i64 1)
  %2021 = getelementptr inbounds i8*, i8** %0, i64 67
  %2022 = load i8*, i8** %2021, align 8
  %2023 = getelementptr inbounds i8, i8* %2022, i64 1024
  %2024 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2023, i8** %2024, align 8
  %2025 = getelementptr inbounds i8*, i8** %0, i64 67
  %2026 = load i8*, i8** %2025, align 8
  %2027 = getelementptr inbounds i8, i8* %2026, i64 16896
  %2028 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2027, i8** %2028, align 8
  %2029 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_127(i8* %2029, i64 0, i64 1)
  %2030 = getelementptr inbounds i8*, i8** %0, i64 67
  %2031 = load i8*, i8** %2030, align 8
  %2032 = getelementptr inbounds i8, i8* %2031, i64 1024
  %2033 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2032, i8** %2033, align 8
  %2034 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_128(i8* %2034, i64 0, i64 1)
  %2035 = getelementptr inbounds i8*, i8** %0, i64 67
  %2036 = load i8*, i8** %2035, align 8
  %2037 = getelementptr inbounds i8, i8* %2036, i64 2048
  %2038 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2037, i8** %2038, align 8
  %2039 = getelementptr inbounds i8*, i8** %0, i64 67
  %2040 = load i8*, i8** %2039, align 8
  %2041 = getelementptr inbounds i8, i8* %2040, i64 16832
  %2042 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2041, i8** %2042, align 8
  %2043 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_89(i8* %2043, i64 0, i64 1)
  %2044 = getelementptr inbounds i8*, i8** %0, i64 67
  %2045 = load i8*, i8** %2044, align 8
  %2046 = getelementptr inbounds i8, i8* %2045, i64 1024
  %2047 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2046, i8** %2047, align 8
  %2048 = getelementptr inbounds i8*, i8** %0, i64 50
  %2049 = load i8*, i8** %2048, align 8
  %2050 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2049, i8** %2050, align 8
  %2051 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_129(i8* %2051, i64 0, i64 1)
  %2052 = getelementptr inbounds i8*, i8** %0, i64 67
  %2053 = load i8*, i8** %2052, align 8
  %2054 = getelementptr inbounds i8, i8* %2053, i64 1024
  %2055 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2054, i8** %2055, align 8
  %2056 = getelementptr inbounds i8*, i8** %0, i64 67
  %2057 = load i8*, i8** %2056, align 8
  %2058 = getelementptr inbounds i8, i8* %2057, i64 2048
  %2059 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2058, i8** %2059, align 8
  %2060 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_130(i8* %2060, i64 0, i64 1)
  %2061 = getelementptr inbounds i8*, i8** %0, i64 49
  %2062 = load i8*, i8** %2061, align 8
  %2063 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2062, i8** %2063, align 8
  %2064 = getelementptr inbounds i8*, i8** %0, i64 67
  %2065 = load i8*, i8** %2064, align 8
  %2066 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2065, i8** %2066, align 8
  %2067 = getelementptr inbounds i8*, i8** %0, i64 67
  %2068 = load i8*, i8** %2067, align 8
  %2069 = getelementptr inbounds i8, i8* %2068, i64 1024
  %2070 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2069, i8** %2070, align 8
  %2071 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_131(i8* %2071, i64 0, i64 1)
  %2072 = getelementptr inbounds i8*, i8** %0, i64 67
  %2073 = load i8*, i8** %2072, align 8
  %2074 = getelementptr inbounds i8, i8* %2073, i64 2048
  %2075 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2074, i8** %2075, align 8
  %2076 = getelementptr inbounds i8*, i8** %0, i64 33
  %2077 = load i8*, i8** %2076, align 8
  %2078 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2077, i8** %2078, align 8
  %2079 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %2079, i64 0, i64 1)
  %2080 = getelementptr inbounds i8*, i8** %0, i64 67
  %2081 = load i8*, i8** %2080, align 8
  %2082 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2081, i8** %2082, align 8
  %2083 = getelementptr inbounds i8*, i8** %0, i64 21
  %2084 = load i8*, i8** %2083, align 8
  %2085 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2084, i8** %2085, align 8
  %2086 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_119(i8* %2086, i64 0, i64 1)
  %2087 = getelementptr inbounds i8*, i8** %0, i64 67
  %2088 = load i8*, i8** %2087, align 8
  %2089 = getelementptr inbounds i8, i8* %2088, i64 1024
  %2090 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2089, i8** %2090, align 8
  %2091 = getelementptr inbounds i8*, i8** %0, i64 67
  %2092 = load i8*, i8** %2091, align 8
  %2093 = getelementptr inbounds i8, i8* %2092, i64 13696
  %2094 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2093, i8** %2094, align 8
  %2095 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_120(i8* %2095, i64 0, i64 1)
  %2096 = getelementptr inbounds i8*, i8** %0, i64 53
  %2097 = load i8*, i8** %2096, align 8
  %2098 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2097, i8** %2098, align 8
  %2099 = getelementptr inbounds i8*, i8** %0, i64 67
  %2100 = load i8*, i8** %2099, align 8
  %2101 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2100, i8** %2101, align 8
  %2102 = getelementptr inbounds i8*, i8** %0, i64 67
  %2103 = load i8*, i8** %2102, align 8
  %2104 = getelementptr inbounds i8, i8* %2103, i64 1024
  %2105 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2104, i8** %2105, align 8
  %2106 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %2106, i64 0, i64 1)
  %2107 = getelementptr inbounds i8*, i8** %0, i64 67
  %2108 = load i8*, i8** %2107, align 8
  %2109 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2108, i8** %2109, align 8
  %2110 = getelementptr inbounds i8*, i8** %0, i64 22
  %2111 = load i8*, i8** %2110, align 8
  %2112 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2111, i8** %2112, align 8
  %2113 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_122(i8* %2113, i64 0, i64 1)
  %2114 = getelementptr inbounds i8*, i8** %0, i64 67
  %2115 = load i8*, i8** %2114, align 8
  %2116 = getelementptr inbounds i8, i8* %2115, i64 13696
  %2117 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2116, i8** %2117, align 8
  %2118 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_123(i8* %2118, i64 0, i64 1)
  %2119 = getelementptr inbounds i8*, i8** %0, i64 67
  %2120 = load i8*, i8** %2119, align 8
  %2121 = getelementptr inbounds i8, i8* %2120, i64 13696
  %2122 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2121, i8** %2122, align 8
  %2123 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_124(i8* %2123, i64 0, i64 1)
  %2124 = getelementptr inbounds i8*, i8** %0, i64 54
  %2125 = load i8*, i8** %2124, align 8
  %2126 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2125, i8** %2126, align 8
  %2127 = getelementptr inbounds i8*, i8** %0, i64 67
  %2128 = load i8*, i8** %2127, align 8
  %2129 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2128, i8** %2129, align 8
  %2130 = getelementptr inbounds i8*, i8** %0, i64 67
  %2131 = load i8*, i8** %2130, align 8
  %2132 = getelementptr inbounds i8, i8* %2131, i64 13696
  %2133 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2132, i8** %2133, align 8
  %2134 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %2134, i64 0, i64 1)
  %2135 = getelementptr inbounds i8*, i8** %0, i64 67
  %2136 = load i8*, i8** %2135, align 8
  %2137 = getelementptr inbounds i8, i8* %2136, i64 1024
  %2138 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2137, i8** %2138, align 8
  %2139 = getelementptr inbounds i8*, i8** %0, i64 67
  %2140 = load i8*, i8** %2139, align 8
  %2141 = getelementptr inbounds i8, i8* %2140, i64 2048
  %2142 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2141, i8** %2142, align 8
  %2143 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_84(i8* %2143, i64 0, i64 1)
  %2144 = getelementptr inbounds i8*, i8** %0, i64 67
  %2145 = load i8*, i8** %2144, align 8
  %2146 = getelementptr inbounds i8, i8* %2145, i64 1024
  %2147 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2146, i8** %2147, align 8
  %2148 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %2148, i64 0, i64 1)
  %2149 = getelementptr inbounds i8*, i8** %0, i64 67
  %2150 = load i8*, i8** %2149, align 8
  %2151 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2150, i8** %2151, align 8
  %2152 = getelementptr inbounds i8*, i8** %0, i64 5
  %2153 = load i8*, i8** %2152, align 8
  %2154 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2153, i8** %2154, align 8
  %2155 = getelementptr inbounds i8*, i8** %0, i64 67
  %2156 = load i8*, i8** %2155, align 8
  %2157 = getelementptr inbounds i8, i8* %2156, i64 1024
  %2158 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2157, i8** %2158, align 8
  %2159 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_125(i8* %2159, i64 0, i64 1)
  %2160 = getelementptr inbounds i8*, i8** %0, i64 67
  %2161 = load i8*, i8** %2160, align 8
  %2162 = getelementptr inbounds i8, i8* %2161, i64 1024
  %2163 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2162, i8** %2163, align 8
  %2164 = getelementptr inbounds i8*, i8** %0, i64 54
  %2165 = load i8*, i8** %2164, align 8
  %2166 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2165, i8** %2166, align 8
  %2167 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_126(i8* %2167, i64 0, i64 1)
  %2168 = getelementptr inbounds i8*, i8** %0, i64 67
  %2169 = load i8*, i8** %2168, align 8
  %2170 = getelementptr inbounds i8, i8* %2169, i64 1024
  %2171 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2170, i8** %2171, align 8
  %2172 = getelementptr inbounds i8*, i8** %0, i64 67
  %2173 = load i8*, i8** %2172, align 8
  %2174 = getelementptr inbounds i8, i8* %2173, i64 16896
  %2175 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2174, i8** %2175, align 8
  %2176 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_127(i8* %2176, i64 0, i64 1)
  %2177 = getelementptr inbounds i8*, i8** %0, i64 67
  %2178 = load i8*, i8** %2177, align 8
  %2179 = getelementptr inbounds i8, i8* %2178, i64 1024
  %2180 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2179, i8** %2180, align 8
  %2181 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_128(i8* %2181, i64 0, i64 1)
  %2182 = getelementptr inbounds i8*, i8** %0, i64 67
  %2183 = load i8*, i8** %2182, align 8
  %2184 = getelementptr inbounds i8, i8* %2183, i64 2048
  %2185 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2184, i8** %2185, align 8
  %2186 = getelementptr inbounds i8*, i8** %0, i64 67
  %2187 = load i8*, i8** %2186, align 8
  %2188 = getelementptr inbounds i8, i8* %2187, i64 16832
  %2189 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2188, i8** %2189, align 8
  %2190 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_89(i8* %2190, i64 0, i64 1)
  %2191 = getelementptr inbounds i8*, i8** %0, i64 67
  %2192 = load i8*, i8** %2191, align 8
  %2193 = getelementptr inbounds i8, i8* %2192, i64 1024
  %2194 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2193, i8** %2194, align 8
  %2195 = getelementptr inbounds i8*, i8** %0, i64 53
  %2196 = load i8*, i8** %2195, align 8
  %2197 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2196, i8** %2197, align 8
  %2198 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_129(i8* %2198, i64 0, i64 1)
  %2199 = getelementptr inbounds i8*, i8** %0, i64 67
  %2200 = load i8*, i8** %2199, align 8
  %2201 = getelementptr inbounds i8, i8* %2200, i64 1024
  %2202 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2201, i8** %2202, align 8
  %2203 = getelementptr inbounds i8*, i8** %0, i64 67
  %2204 = load i8*, i8** %2203, align 8
  %2205 = getelementptr inbounds i8, i8* %2204, i64 2048
  %2206 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2205, i8** %2206, align 8
  %2207 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_130(i8* %2207, i64 0, i64 1)
  %2208 = getelementptr inbounds i8*, i8** %0, i64 52
  %2209 = load i8*, i8** %2208, align 8
  %2210 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2209, i8** %2210, align 8
  %2211 = getelementptr inbounds i8*, i8** %0, i64 67
  %2212 = load i8*, i8** %2211, align 8
  %2213 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2212, i8** %2213, align 8
  %2214 = getelementptr inbounds i8*, i8** %0, i64 67
  %2215 = load i8*, i8** %2214, align 8
  %2216 = getelementptr inbounds i8, i8* %2215, i64 1024
  %2217 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2216, i8** %2217, align 8
  %2218 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_131(i8* %2218, i64 0, i64 1)
  %2219 = getelementptr inbounds i8*, i8** %0, i64 67
  %2220 = load i8*, i8** %2219, align 8
  %2221 = getelementptr inbounds i8, i8* %2220, i64 2048
  %2222 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2221, i8** %2222, align 8
  %2223 = getelementptr inbounds i8*, i8** %0, i64 33
  %2224 = load i8*, i8** %2223, align 8
  %2225 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2224, i8** %2225, align 8
  %2226 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %2226, i64 0, i64 1)
  %2227 = getelementptr inbounds i8*, i8** %0, i64 67
  %2228 = load i8*, i8** %2227, align 8
  %2229 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2228, i8** %2229, align 8
  %2230 = getelementptr inbounds i8*, i8** %0, i64 23
  %2231 = load i8*, i8** %2230, align 8
  %2232 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2231, i8** %2232, align 8
  %2233 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_119(i8* %2233, i64 0, i64 1)
  %2234 = getelementptr inbounds i8*, i8** %0, i64 67
  %2235 = load i8*, i8** %2234, align 8
  %2236 = getelementptr inbounds i8, i8* %2235, i64 1024
  %2237 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2236, i8** %2237, align 8
  %2238 = getelementptr inbounds i8*, i8** %0, i64 67
  %2239 = load i8*, i8** %2238, align 8
  %2240 = getelementptr inbounds i8, i8* %2239, i64 17792
  %2241 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2240, i8** %2241, align 8
  %2242 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_120(i8* %2242, i64 0, i64 1)
  %2243 = getelementptr inbounds i8*, i8** %0, i64 56
  %2244 = load i8*, i8** %2243, align 8
  %2245 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2244, i8** %2245, align 8
  %2246 = getelementptr inbounds i8*, i8** %0, i64 67
  %2247 = load i8*, i8** %2246, align 8
  %2248 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2247, i8** %2248, align 8
  %2249 = getelementptr inbounds i8*, i8** %0, i64 67
  %2250 = load i8*, i8** %2249, align 8
  %2251 = getelementptr inbounds i8, i8* %2250, i64 1024
  %2252 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2251, i8** %2252, align 8
  %2253 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %2253, i64 0, i64 1)
  %2254 = getelementptr inbounds i8*, i8** %0, i64 67
  %2255 = load i8*, i8** %2254, align 8
  %2256 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2255, i8** %2256, align 8
  %2257 = getelementptr inbounds i8*, i8** %0, i64 24
  %2258 = load i8*, i8** %2257, align 8
  %2259 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2258, i8** %2259, align 8
  %2260 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_122(i8* %2260, i64 0, i64 1)
  %2261 = getelementptr inbounds i8*, i8** %0, i64 67
  %2262 = load i8*, i8** %2261, align 8
  %2263 = getelementptr inbounds i8, i8* %2262, i64 17792
  %2264 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2263, i8** %2264, align 8
  %2265 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_123(i8* %2265, i64 0, i64 1)
  %2266 = getelementptr inbounds i8*, i8** %0, i64 67
  %2267 = load i8*, i8** %2266, align 8
  %2268 = getelementptr inbounds i8, i8* %2267, i64 17792
  %2269 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2268, i8** %2269, align 8
  %2270 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_124(i8* %2270, i64 0, i64 1)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i1 @eptc_check_1(i8* %0) #1 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i1 true

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %11, %checked ]
  %5 = icmp slt i64 %i, 16
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds i32, i32* %4, i64 %i
  %7 = load i32, i32* %6, align 4
  %8 = icmp slt i32 %7, 0
  %9 = icmp sge i32 %7, 50
  %10 = or i1 %8, %9
  br i1 %10, label %invalid, label %checked

exit:                                             ; preds = %loop
  ret i1 false

checked:                                          ; preds = %body
  %11 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_1(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds i32, i32* %9, i64 %i
  %15 = load i32, i32* %14, align 4
  %16 = sext i32 %15 to i64
  %17 = mul i64 %16, 16
  %18 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %25, %body2 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %17, %i4
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = add i64 %18, %i4
  %24 = getelementptr inbounds float, float* %12, i64 %23
  store float %22, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_2(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit19, %entry
  %i = phi i64 [ %1, %entry ], [ %93, %exit19 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %64, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %27, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %33, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %39, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %45, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %57, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %63, %body2 ]
  %15 = icmp slt i64 %i4, 16
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 %i4, 0
  %17 = add i64 %14, %16
  %18 = getelementptr inbounds float, float* %6, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = fadd float %acc, %20
  %22 = add i64 %i4, 1
  %23 = add i64 %14, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fmul float %25, %25
  %27 = fadd float %acc5, %26
  %28 = add i64 %i4, 2
  %29 = add i64 %14, %28
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %31, %31
  %33 = fadd float %acc6, %32
  %34 = add i64 %i4, 3
  %35 = add i64 %14, %34
  %36 = getelementptr inbounds float, float* %6, i64 %35
  %37 = load float, float* %36, align 4
  %38 = fmul float %37, %37
  %39 = fadd float %acc7, %38
  %40 = add i64 %i4, 4
  %41 = add i64 %14, %40
  %42 = getelementptr inbounds float, float* %6, i64 %41
  %43 = load float, float* %42, align 4
  %44 = fmul float %43, %43
  %45 = fadd float %acc8, %44
  %46 = add i64 %i4, 5
  %47 = add i64 %14, %46
  %48 = getelementptr inbounds float, float* %6, i64 %47
  %49 = load float, float* %48, align 4
  %50 = fmul float %49, %49
  %51 = fadd float %acc9, %50
  %52 = add i64 %i4, 6
  %53 = add i64 %14, %52
  %54 = getelementptr inbounds float, float* %6, i64 %53
  %55 = load float, float* %54, align 4
  %56 = fmul float %55, %55
  %57 = fadd float %acc10, %56
  %58 = add i64 %i4, 7
  %59 = add i64 %14, %58
  %60 = getelementptr inbounds float, float* %6, i64 %59
  %61 = load float, float* %60, align 4
  %62 = fmul float %61, %61
  %63 = fadd float %acc11, %62
  %64 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %65 = fadd float %acc, %acc5
  %66 = fadd float %acc6, %acc7
  %67 = fadd float %acc8, %acc9
  %68 = fadd float %acc10, %acc11
  %69 = fadd float %65, %66
  %70 = fadd float %67, %68
  %71 = fadd float %69, %70
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %78, %body13 ]
  %acc16 = phi float [ %71, %exit3 ], [ %77, %body13 ]
  %72 = icmp slt i64 %i15, 16
  br i1 %72, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %73 = add i64 %14, %i15
  %74 = getelementptr inbounds float, float* %6, i64 %73
  %75 = load float, float* %74, align 4
  %76 = fmul float %75, %75
  %77 = fadd float %acc16, %76
  %78 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %79 = fdiv float %acc16, 1.600000e+01
  %80 = fadd float %79, 0x3EB0C6F7A0000000
  %81 = call float @llvm.sqrt.f32(float %80)
  %82 = fdiv float 1.000000e+00, %81
  br label %loop17

loop17:                                           ; preds = %body18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %92, %body18 ]
  %83 = icmp slt i64 %i20, 16
  br i1 %83, label %body18, label %exit19

body18:                                           ; preds = %loop17
  %84 = add i64 %14, %i20
  %85 = getelementptr inbounds float, float* %6, i64 %84
  %86 = load float, float* %85, align 4
  %87 = fmul float %86, %82
  %88 = getelementptr inbounds float, float* %9, i64 %i20
  %89 = load float, float* %88, align 4
  %90 = fmul float %87, %89
  %91 = getelementptr inbounds float, float* %12, i64 %84
  store float %90, float* %91, align 4
  %92 = add i64 %i20, 1
  br label %loop17

exit19:                                           ; preds = %loop17
  %93 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_3(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 16
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 16
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 16
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_4(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %20, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 128
  %12 = add i64 0, %11
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %exit7 ]
  %15 = icmp slt i64 %i4, 2
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 64
  %17 = add i64 %12, %16
  %18 = mul i64 %i4, 8
  %19 = add i64 %14, %18
  br label %loop5

exit3:                                            ; preds = %loop1
  %20 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %34, %exit11 ]
  %21 = icmp slt i64 %i8, 8
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = mul i64 %i8, 8
  %23 = add i64 %17, %22
  %24 = mul i64 %i8, 16
  %25 = add i64 %19, %24
  br label %loop9

exit7:                                            ; preds = %loop5
  %26 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %33, %body10 ]
  %27 = icmp slt i64 %i12, 8
  br i1 %27, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %28 = add i64 %23, %i12
  %29 = add i64 %25, %i12
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %6, i64 %28
  store float %31, float* %32, align 4
  %33 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %34 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_5(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 64
  %17 = mul i64 %14, 64
  %18 = mul i64 %i, 8
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %37, %exit7 ]
  %19 = icmp slt i64 %i4, 8
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = mul i64 %i4, 8
  %21 = add i64 %17, %20
  br label %loop5

exit3:                                            ; preds = %loop1
  %22 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %34, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %33, %body6 ]
  %23 = icmp slt i64 %i8, 8
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = mul i64 %15, 8
  %25 = add i64 %24, %i8
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = add i64 %21, %i8
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %28, %31
  %33 = fadd float %acc, %32
  %34 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %35 = add i64 %18, %i4
  %36 = getelementptr inbounds float, float* %12, i64 %35
  store float %acc, float* %36, align 4
  %37 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_6(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FD6A09E60000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_7(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit16, %entry
  %i = phi i64 [ %1, %entry ], [ %71, %exit16 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 8
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %body ], [ %19, %body2 ]
  %12 = icmp slt i64 %i4, 8
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = add i64 %11, %i4
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fcmp uno float %acc, %15
  %17 = fcmp ogt float %15, %acc
  %18 = select i1 %17, float %15, float %acc
  %19 = select i1 %16, float 0x7FF8000000000000, float %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %56, %body6 ]
  %21 = icmp slt i64 %i8, 8
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = add i64 %11, %i8
  %23 = getelementptr inbounds float, float* %6, i64 %22
  %24 = load float, float* %23, align 4
  %25 = fsub float %24, %acc
  %26 = fcmp oge float %25, -1.100000e+02
  %27 = select i1 %26, float %25, float -1.100000e+02
  %28 = fcmp ole float %27, 1.000000e+02
  %29 = select i1 %28, float %27, float 1.000000e+02
  %30 = fmul float %29, 0x3FF7154760000000
  %31 = call float @llvm.rint.f32(float %30)
  %32 = call float @llvm.fmuladd.f32(float %31, float 0xBFE6300000000000, float %29)
  %33 = call float @llvm.fmuladd.f32(float %31, float 0x3F2BD01060000000, float %32)
  %34 = fmul float %33, %33
  %35 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %33, float 0x3F81239880000000)
  %36 = call float @llvm.fmuladd.f32(float %35, float %33, float 0x3FA5558AE0000000)
  %37 = call float @llvm.fmuladd.f32(float %36, float %33, float 0x3FC5554920000000)
  %38 = call float @llvm.fmuladd.f32(float %37, float %33, float 0x3FDFFFFFC0000000)
  %39 = call float @llvm.fmuladd.f32(float %34, float %38, float %33)
  %40 = fadd float %39, 1.000000e+00
  %41 = fptosi float %31 to i32
  %42 = ashr i32 %41, 1
  %43 = sub i32 %41, %42
  %44 = add i32 %42, 127
  %45 = shl i32 %44, 23
  %46 = bitcast i32 %45 to float
  %47 = fmul float %40, %46
  %48 = add i32 %43, 127
  %49 = shl i32 %48, 23
  %50 = bitcast i32 %49 to float
  %51 = fmul float %47, %50
  %52 = fcmp uno float %25, %25
  %53 = select i1 %52, float %25, float %51
  %54 = add i64 %11, %i8
  %55 = getelementptr inbounds float, float* %9, i64 %54
  store float %53, float* %55, align 4
  %56 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  br label %loop9

loop9:                                            ; preds = %body10, %exit7
  %i12 = phi i64 [ 0, %exit7 ], [ %62, %body10 ]
  %acc13 = phi float [ 0.000000e+00, %exit7 ], [ %61, %body10 ]
  %57 = icmp slt i64 %i12, 8
  br i1 %57, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %58 = add i64 %11, %i12
  %59 = getelementptr inbounds float, float* %9, i64 %58
  %60 = load float, float* %59, align 4
  %61 = fadd float %acc13, %60
  %62 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  br label %loop14

loop14:                                           ; preds = %body15, %exit11
  %i17 = phi i64 [ 0, %exit11 ], [ %70, %body15 ]
  %63 = icmp slt i64 %i17, 8
  br i1 %63, label %body15, label %exit16

body15:                                           ; preds = %loop14
  %64 = add i64 %11, %i17
  %65 = getelementptr inbounds float, float* %9, i64 %64
  %66 = load float, float* %65, align 4
  %67 = fdiv float %66, %acc13
  %68 = add i64 %11, %i17
  %69 = getelementptr inbounds float, float* %9, i64 %68
  store float %67, float* %69, align 4
  %70 = add i64 %i17, 1
  br label %loop14

exit16:                                           ; preds = %loop14
  %71 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #2

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_8(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 64
  %17 = mul i64 %14, 64
  %18 = mul i64 %i, 8
  %19 = getelementptr inbounds float, float* %12, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 8
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %15, 8
  %23 = add i64 %22, %i4
  %24 = add i64 %16, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 8
  %28 = add i64 %17, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 8
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %12, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %12, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_9(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %20, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 128
  %12 = add i64 0, %11
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %exit7 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 16
  %17 = add i64 %12, %16
  %18 = mul i64 %i4, 8
  %19 = add i64 %14, %18
  br label %loop5

exit3:                                            ; preds = %loop1
  %20 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %34, %exit11 ]
  %21 = icmp slt i64 %i8, 2
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = mul i64 %i8, 8
  %23 = add i64 %17, %22
  %24 = mul i64 %i8, 64
  %25 = add i64 %19, %24
  br label %loop9

exit7:                                            ; preds = %loop5
  %26 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %33, %body10 ]
  %27 = icmp slt i64 %i12, 8
  br i1 %27, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %28 = add i64 %23, %i12
  %29 = add i64 %25, %i12
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %6, i64 %28
  store float %31, float* %32, align 4
  %33 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %34 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_10(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_11(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 32
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 32
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 32
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_12(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %23, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fcmp ogt float %19, 0.000000e+00
  %21 = select i1 %20, float %19, float 0.000000e+00
  %22 = getelementptr inbounds float, float* %6, i64 %16
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_13(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 16
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 32
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 16
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 16
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_14(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %27, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 16
  %12 = sdiv i64 %i, 16
  %13 = add i64 0, %11
  %14 = srem i64 %12, 2
  %15 = sdiv i64 %12, 2
  %16 = mul i64 %14, 128
  %17 = add i64 %13, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %23, %body2 ]
  %18 = icmp slt i64 %i4, 8
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 16
  %20 = add i64 %17, %19
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = fadd float %acc, %22
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = fdiv float %acc, 8.000000e+00
  %26 = getelementptr inbounds float, float* %9, i64 %i
  store float %25, float* %26, align 4
  %27 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_15(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 2
  %15 = srem i64 %i, 2
  %16 = mul i64 %14, 32
  %17 = mul i64 %i, 3
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 12, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 3
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 3
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal i1 @eptc_check_2(i8* %0) #1 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i1 true

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %14, %checked ]
  %5 = icmp slt i64 %i, 2
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds i32, i32* %4, i64 %i
  %7 = load i32, i32* %6, align 4
  %8 = icmp slt i32 %7, 0
  %9 = icmp sge i32 %7, 3
  %10 = or i1 %8, %9
  %11 = icmp eq i32 %7, -100
  %12 = xor i1 %11, true
  %13 = and i1 %10, %12
  br i1 %13, label %invalid, label %checked

exit:                                             ; preds = %loop
  ret i1 false

checked:                                          ; preds = %body
  %14 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_16(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %join, %entry
  %i = phi i64 [ %1, %entry ], [ %18, %join ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds i32, i32* %9, i64 %i
  %15 = load i32, i32* %14, align 4
  %16 = icmp ne i32 %15, -100
  br i1 %16, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %17 = mul i64 %i, 3
  br label %loop1

join:                                             ; preds = %exit7, %body
  %18 = add i64 %i, 1
  br label %loop

loop1:                                            ; preds = %body2, %then
  %i4 = phi i64 [ 0, %then ], [ %27, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %then ], [ %26, %body2 ]
  %19 = icmp slt i64 %i4, 3
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %17, %i4
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = fcmp uno float %acc, %22
  %24 = fcmp ogt float %22, %acc
  %25 = select i1 %24, float %22, float %acc
  %26 = select i1 %23, float 0x7FF8000000000000, float %25
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %62, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %exit3 ], [ %61, %body6 ]
  %28 = icmp slt i64 %i8, 3
  br i1 %28, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %29 = add i64 %17, %i8
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fsub float %31, %acc
  %33 = fcmp oge float %32, -1.100000e+02
  %34 = select i1 %33, float %32, float -1.100000e+02
  %35 = fcmp ole float %34, 1.000000e+02
  %36 = select i1 %35, float %34, float 1.000000e+02
  %37 = fmul float %36, 0x3FF7154760000000
  %38 = call float @llvm.rint.f32(float %37)
  %39 = call float @llvm.fmuladd.f32(float %38, float 0xBFE6300000000000, float %36)
  %40 = call float @llvm.fmuladd.f32(float %38, float 0x3F2BD01060000000, float %39)
  %41 = fmul float %40, %40
  %42 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %40, float 0x3F81239880000000)
  %43 = call float @llvm.fmuladd.f32(float %42, float %40, float 0x3FA5558AE0000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %40, float 0x3FC5554920000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %40, float 0x3FDFFFFFC0000000)
  %46 = call float @llvm.fmuladd.f32(float %41, float %45, float %40)
  %47 = fadd float %46, 1.000000e+00
  %48 = fptosi float %38 to i32
  %49 = ashr i32 %48, 1
  %50 = sub i32 %48, %49
  %51 = add i32 %49, 127
  %52 = shl i32 %51, 23
  %53 = bitcast i32 %52 to float
  %54 = fmul float %47, %53
  %55 = add i32 %50, 127
  %56 = shl i32 %55, 23
  %57 = bitcast i32 %56 to float
  %58 = fmul float %54, %57
  %59 = fcmp uno float %32, %32
  %60 = select i1 %59, float %32, float %58
  %61 = fadd float %acc9, %60
  %62 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %63 = fcmp olt float %acc9, 0x3810000000000000
  %64 = fmul float %acc9, 0x4160000000000000
  %65 = select i1 %63, float %64, float %acc9
  %66 = bitcast float %65 to i32
  %67 = sub i32 %66, 1060439283
  %68 = ashr i32 %67, 23
  %69 = select i1 %63, i32 23, i32 0
  %70 = sub i32 %68, %69
  %71 = and i32 %67, 8388607
  %72 = add i32 %71, 1060439283
  %73 = bitcast i32 %72 to float
  %74 = fsub float %73, 1.000000e+00
  %75 = sitofp i32 %70 to float
  %76 = fmul float %74, %74
  %77 = fmul float %76, %74
  %78 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %74, float 0x3FC055EC60000000)
  %79 = call float @llvm.fmuladd.f32(float %78, float %74, float 0xBFC0D82420000000)
  %80 = call float @llvm.fmuladd.f32(float %79, float %74, float 0x3FC22D92E0000000)
  %81 = call float @llvm.fmuladd.f32(float %80, float %74, float 0xBFC54728A0000000)
  %82 = call float @llvm.fmuladd.f32(float %81, float %74, float 0x3FC99A01C0000000)
  %83 = call float @llvm.fmuladd.f32(float %82, float %74, float 0xBFD0002260000000)
  %84 = call float @llvm.fmuladd.f32(float %83, float %74, float 0x3FD5555540000000)
  %85 = fmul float -5.000000e-01, %76
  %86 = call float @llvm.fmuladd.f32(float %77, float %84, float %85)
  %87 = call float @llvm.fmuladd.f32(float %75, float 0xBF2BD01060000000, float %86)
  %88 = fadd float %87, %74
  %89 = call float @llvm.fmuladd.f32(float %75, float 0x3FE6300000000000, float %88)
  %90 = fcmp oeq float %acc9, 0.000000e+00
  %91 = select i1 %90, float 0xFFF0000000000000, float %89
  %92 = fcmp olt float %acc9, 0.000000e+00
  %93 = select i1 %92, float 0x7FF8000000000000, float %91
  %94 = fcmp oeq float %acc9, 0x7FF0000000000000
  %95 = select i1 %94, float %acc9, float %93
  %96 = fcmp uno float %acc9, %acc9
  %97 = select i1 %96, float %acc9, float %95
  %98 = sext i32 %15 to i64
  %99 = add i64 %17, %98
  %100 = getelementptr inbounds float, float* %6, i64 %99
  %101 = load float, float* %100, align 4
  %102 = fsub float %101, %acc
  %103 = fsub float %102, %97
  %104 = getelementptr inbounds float, float* %12, i64 %i
  store float %103, float* %104, align 4
  br label %join
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_17(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi i64 [ 0, %body ], [ %23, %body2 ]
  %14 = icmp slt i64 %i4, 2
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = getelementptr inbounds i32, i32* %6, i64 %i4
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  %18 = getelementptr inbounds float, float* %9, i64 %i4
  %19 = load float, float* %18, align 4
  %20 = fsub float %acc, %19
  %21 = select i1 %17, float %20, float %acc
  %22 = zext i1 %17 to i64
  %23 = add i64 %acc5, %22
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = icmp eq i64 %acc5, 0
  %26 = sitofp i64 %acc5 to float
  %27 = fdiv float %acc, %26
  %28 = select i1 %25, float 0.000000e+00, float %27
  %29 = getelementptr inbounds float, float* %12, i64 0
  store float %28, float* %29, align 4
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_18(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %15, %exit3 ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = mul i64 %i, 4096
  %9 = add i64 %8, 4096
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %8, %body ], [ %14, %body2 ]
  %12 = icmp slt i64 %i4, %11
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = getelementptr inbounds float, float* %6, i64 0
  store float 1.000000e+00, float* %13, align 4
  %14 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %15 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_19(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi i64 [ 0, %body ], [ %19, %body2 ]
  %14 = icmp slt i64 %i4, 2
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = getelementptr inbounds i32, i32* %6, i64 %i4
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  %18 = zext i1 %17 to i64
  %19 = add i64 %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = sitofp i64 %acc to float
  %24 = fdiv float %22, %23
  %25 = icmp eq i64 %acc, 0
  %26 = select i1 %25, float 0.000000e+00, float %24
  %27 = getelementptr inbounds float, float* %12, i64 0
  store float %26, float* %27, align 4
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_20(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %join2, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %join2 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 3
  %18 = getelementptr inbounds i32, i32* %9, i64 %i
  %19 = load i32, i32* %18, align 4
  %20 = icmp ne i32 %19, -100
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = xor i1 %20, true
  br i1 %23, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %24 = getelementptr inbounds float, float* %15, i64 %17
  %25 = bitcast float* %24 to i8*
  call void @llvm.memset.p0i8.i64(i8* %25, i8 0, i64 12, i1 false)
  br label %join

join:                                             ; preds = %then, %body
  br i1 %20, label %then1, label %join2

then1:                                            ; preds = %join
  br label %loop3

join2:                                            ; preds = %exit14, %join
  %26 = add i64 %i, 1
  br label %loop

loop3:                                            ; preds = %body4, %then1
  %i6 = phi i64 [ 0, %then1 ], [ %35, %body4 ]
  %acc = phi float [ 0xFFF0000000000000, %then1 ], [ %34, %body4 ]
  %27 = icmp slt i64 %i6, 3
  br i1 %27, label %body4, label %exit5

body4:                                            ; preds = %loop3
  %28 = add i64 %17, %i6
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fcmp uno float %acc, %30
  %32 = fcmp ogt float %30, %acc
  %33 = select i1 %32, float %30, float %acc
  %34 = select i1 %31, float 0x7FF8000000000000, float %33
  %35 = add i64 %i6, 1
  br label %loop3

exit5:                                            ; preds = %loop3
  br label %loop7

loop7:                                            ; preds = %body8, %exit5
  %i10 = phi i64 [ 0, %exit5 ], [ %70, %body8 ]
  %acc11 = phi float [ 0.000000e+00, %exit5 ], [ %69, %body8 ]
  %36 = icmp slt i64 %i10, 3
  br i1 %36, label %body8, label %exit9

body8:                                            ; preds = %loop7
  %37 = add i64 %17, %i10
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fsub float %39, %acc
  %41 = fcmp oge float %40, -1.100000e+02
  %42 = select i1 %41, float %40, float -1.100000e+02
  %43 = fcmp ole float %42, 1.000000e+02
  %44 = select i1 %43, float %42, float 1.000000e+02
  %45 = fmul float %44, 0x3FF7154760000000
  %46 = call float @llvm.rint.f32(float %45)
  %47 = call float @llvm.fmuladd.f32(float %46, float 0xBFE6300000000000, float %44)
  %48 = call float @llvm.fmuladd.f32(float %46, float 0x3F2BD01060000000, float %47)
  %49 = fmul float %48, %48
  %50 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %48, float 0x3F81239880000000)
  %51 = call float @llvm.fmuladd.f32(float %50, float %48, float 0x3FA5558AE0000000)
  %52 = call float @llvm.fmuladd.f32(float %51, float %48, float 0x3FC5554920000000)
  %53 = call float @llvm.fmuladd.f32(float %52, float %48, float 0x3FDFFFFFC0000000)
  %54 = call float @llvm.fmuladd.f32(float %49, float %53, float %48)
  %55 = fadd float %54, 1.000000e+00
  %56 = fptosi float %46 to i32
  %57 = ashr i32 %56, 1
  %58 = sub i32 %56, %57
  %59 = add i32 %57, 127
  %60 = shl i32 %59, 23
  %61 = bitcast i32 %60 to float
  %62 = fmul float %55, %61
  %63 = add i32 %58, 127
  %64 = shl i32 %63, 23
  %65 = bitcast i32 %64 to float
  %66 = fmul float %62, %65
  %67 = fcmp uno float %40, %40
  %68 = select i1 %67, float %40, float %66
  %69 = fadd float %acc11, %68
  %70 = add i64 %i10, 1
  br label %loop7

exit9:                                            ; preds = %loop7
  %71 = fcmp olt float %acc11, 0x3810000000000000
  %72 = fmul float %acc11, 0x4160000000000000
  %73 = select i1 %71, float %72, float %acc11
  %74 = bitcast float %73 to i32
  %75 = sub i32 %74, 1060439283
  %76 = ashr i32 %75, 23
  %77 = select i1 %71, i32 23, i32 0
  %78 = sub i32 %76, %77
  %79 = and i32 %75, 8388607
  %80 = add i32 %79, 1060439283
  %81 = bitcast i32 %80 to float
  %82 = fsub float %81, 1.000000e+00
  %83 = sitofp i32 %78 to float
  %84 = fmul float %82, %82
  %85 = fmul float %84, %82
  %86 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %82, float 0x3FC055EC60000000)
  %87 = call float @llvm.fmuladd.f32(float %86, float %82, float 0xBFC0D82420000000)
  %88 = call float @llvm.fmuladd.f32(float %87, float %82, float 0x3FC22D92E0000000)
  %89 = call float @llvm.fmuladd.f32(float %88, float %82, float 0xBFC54728A0000000)
  %90 = call float @llvm.fmuladd.f32(float %89, float %82, float 0x3FC99A01C0000000)
  %91 = call float @llvm.fmuladd.f32(float %90, float %82, float 0xBFD0002260000000)
  %92 = call float @llvm.fmuladd.f32(float %91, float %82, float 0x3FD5555540000000)
  %93 = fmul float -5.000000e-01, %84
  %94 = call float @llvm.fmuladd.f32(float %85, float %92, float %93)
  %95 = call float @llvm.fmuladd.f32(float %83, float 0xBF2BD01060000000, float %94)
  %96 = fadd float %95, %82
  %97 = call float @llvm.fmuladd.f32(float %83, float 0x3FE6300000000000, float %96)
  %98 = fcmp oeq float %acc11, 0.000000e+00
  %99 = select i1 %98, float 0xFFF0000000000000, float %97
  %100 = fcmp olt float %acc11, 0.000000e+00
  %101 = select i1 %100, float 0x7FF8000000000000, float %99
  %102 = fcmp oeq float %acc11, 0x7FF0000000000000
  %103 = select i1 %102, float %acc11, float %101
  %104 = fcmp uno float %acc11, %acc11
  %105 = select i1 %104, float %acc11, float %103
  %106 = sext i32 %19 to i64
  br label %loop12

loop12:                                           ; preds = %body13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %146, %body13 ]
  %107 = icmp slt i64 %i15, 3
  br i1 %107, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %108 = add i64 %17, %i15
  %109 = getelementptr inbounds float, float* %6, i64 %108
  %110 = load float, float* %109, align 4
  %111 = fsub float %110, %acc
  %112 = fsub float %111, %105
  %113 = fcmp oge float %112, -1.100000e+02
  %114 = select i1 %113, float %112, float -1.100000e+02
  %115 = fcmp ole float %114, 1.000000e+02
  %116 = select i1 %115, float %114, float 1.000000e+02
  %117 = fmul float %116, 0x3FF7154760000000
  %118 = call float @llvm.rint.f32(float %117)
  %119 = call float @llvm.fmuladd.f32(float %118, float 0xBFE6300000000000, float %116)
  %120 = call float @llvm.fmuladd.f32(float %118, float 0x3F2BD01060000000, float %119)
  %121 = fmul float %120, %120
  %122 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %120, float 0x3F81239880000000)
  %123 = call float @llvm.fmuladd.f32(float %122, float %120, float 0x3FA5558AE0000000)
  %124 = call float @llvm.fmuladd.f32(float %123, float %120, float 0x3FC5554920000000)
  %125 = call float @llvm.fmuladd.f32(float %124, float %120, float 0x3FDFFFFFC0000000)
  %126 = call float @llvm.fmuladd.f32(float %121, float %125, float %120)
  %127 = fadd float %126, 1.000000e+00
  %128 = fptosi float %118 to i32
  %129 = ashr i32 %128, 1
  %130 = sub i32 %128, %129
  %131 = add i32 %129, 127
  %132 = shl i32 %131, 23
  %133 = bitcast i32 %132 to float
  %134 = fmul float %127, %133
  %135 = add i32 %130, 127
  %136 = shl i32 %135, 23
  %137 = bitcast i32 %136 to float
  %138 = fmul float %134, %137
  %139 = fcmp uno float %112, %112
  %140 = select i1 %139, float %112, float %138
  %141 = icmp eq i64 %i15, %106
  %142 = select i1 %141, float 1.000000e+00, float 0.000000e+00
  %143 = fsub float %140, %142
  %144 = fmul float %22, %143
  %145 = getelementptr inbounds float, float* %15, i64 %108
  store float %144, float* %145, align 4
  %146 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  br label %join2
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_21(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 2
  %15 = srem i64 %i, 2
  %16 = mul i64 %14, 6
  %17 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %36, %exit7 ]
  %18 = icmp slt i64 %i4, 16
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 3
  %20 = add i64 0, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %33, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %32, %body6 ]
  %22 = icmp slt i64 %i8, 3
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %15, 3
  %24 = add i64 %23, %i8
  %25 = add i64 %16, %24
  %26 = getelementptr inbounds float, float* %6, i64 %25
  %27 = load float, float* %26, align 4
  %28 = add i64 %20, %i8
  %29 = getelementptr inbounds float, float* %9, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fmul float %27, %30
  %32 = fadd float %acc, %31
  %33 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %34 = add i64 %17, %i4
  %35 = getelementptr inbounds float, float* %12, i64 %34
  store float %acc, float* %35, align 4
  %36 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_22(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 16
  %15 = srem i64 %i, 16
  %16 = mul i64 %14, 32
  %17 = mul i64 %i, 3
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 12, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 2
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 %21, %15
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 3
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 3
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_23(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 32
  %14 = select i1 %13, i64 %12, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 1.250000e-01
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_24(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %18, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 128
  %12 = add i64 0, %11
  %13 = mul i64 %i, 16
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %exit7 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 16
  %17 = add i64 %12, %16
  br label %loop5

exit3:                                            ; preds = %loop1
  %18 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %25, %body6 ]
  %19 = icmp slt i64 %i8, 16
  br i1 %19, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %20 = add i64 %17, %i8
  %21 = add i64 %14, %i8
  %22 = getelementptr inbounds float, float* %9, i64 %21
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %6, i64 %20
  store float %23, float* %24, align 4
  %25 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %26 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_25(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %133, %exit18 ]
  %18 = icmp slt i64 %i4, 32
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 16
  %20 = add i64 0, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %111, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %33, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %44, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %55, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %66, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %77, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %88, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %99, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %110, %body6 ]
  %22 = icmp slt i64 %i8, 16
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = add i64 %i8, 0
  %24 = mul i64 %15, 16
  %25 = add i64 %24, %23
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = add i64 %20, %23
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %28, %31
  %33 = fadd float %acc, %32
  %34 = add i64 %i8, 1
  %35 = mul i64 %15, 16
  %36 = add i64 %35, %34
  %37 = add i64 %16, %36
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = add i64 %20, %34
  %41 = getelementptr inbounds float, float* %9, i64 %40
  %42 = load float, float* %41, align 4
  %43 = fmul float %39, %42
  %44 = fadd float %acc9, %43
  %45 = add i64 %i8, 2
  %46 = mul i64 %15, 16
  %47 = add i64 %46, %45
  %48 = add i64 %16, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = add i64 %20, %45
  %52 = getelementptr inbounds float, float* %9, i64 %51
  %53 = load float, float* %52, align 4
  %54 = fmul float %50, %53
  %55 = fadd float %acc10, %54
  %56 = add i64 %i8, 3
  %57 = mul i64 %15, 16
  %58 = add i64 %57, %56
  %59 = add i64 %16, %58
  %60 = getelementptr inbounds float, float* %6, i64 %59
  %61 = load float, float* %60, align 4
  %62 = add i64 %20, %56
  %63 = getelementptr inbounds float, float* %9, i64 %62
  %64 = load float, float* %63, align 4
  %65 = fmul float %61, %64
  %66 = fadd float %acc11, %65
  %67 = add i64 %i8, 4
  %68 = mul i64 %15, 16
  %69 = add i64 %68, %67
  %70 = add i64 %16, %69
  %71 = getelementptr inbounds float, float* %6, i64 %70
  %72 = load float, float* %71, align 4
  %73 = add i64 %20, %67
  %74 = getelementptr inbounds float, float* %9, i64 %73
  %75 = load float, float* %74, align 4
  %76 = fmul float %72, %75
  %77 = fadd float %acc12, %76
  %78 = add i64 %i8, 5
  %79 = mul i64 %15, 16
  %80 = add i64 %79, %78
  %81 = add i64 %16, %80
  %82 = getelementptr inbounds float, float* %6, i64 %81
  %83 = load float, float* %82, align 4
  %84 = add i64 %20, %78
  %85 = getelementptr inbounds float, float* %9, i64 %84
  %86 = load float, float* %85, align 4
  %87 = fmul float %83, %86
  %88 = fadd float %acc13, %87
  %89 = add i64 %i8, 6
  %90 = mul i64 %15, 16
  %91 = add i64 %90, %89
  %92 = add i64 %16, %91
  %93 = getelementptr inbounds float, float* %6, i64 %92
  %94 = load float, float* %93, align 4
  %95 = add i64 %20, %89
  %96 = getelementptr inbounds float, float* %9, i64 %95
  %97 = load float, float* %96, align 4
  %98 = fmul float %94, %97
  %99 = fadd float %acc14, %98
  %100 = add i64 %i8, 7
  %101 = mul i64 %15, 16
  %102 = add i64 %101, %100
  %103 = add i64 %16, %102
  %104 = getelementptr inbounds float, float* %6, i64 %103
  %105 = load float, float* %104, align 4
  %106 = add i64 %20, %100
  %107 = getelementptr inbounds float, float* %9, i64 %106
  %108 = load float, float* %107, align 4
  %109 = fmul float %105, %108
  %110 = fadd float %acc15, %109
  %111 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %112 = fadd float %acc, %acc9
  %113 = fadd float %acc10, %acc11
  %114 = fadd float %acc12, %acc13
  %115 = fadd float %acc14, %acc15
  %116 = fadd float %112, %113
  %117 = fadd float %114, %115
  %118 = fadd float %116, %117
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 16, %exit7 ], [ %130, %body17 ]
  %acc20 = phi float [ %118, %exit7 ], [ %129, %body17 ]
  %119 = icmp slt i64 %i19, 16
  br i1 %119, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %120 = mul i64 %15, 16
  %121 = add i64 %120, %i19
  %122 = add i64 %16, %121
  %123 = getelementptr inbounds float, float* %6, i64 %122
  %124 = load float, float* %123, align 4
  %125 = add i64 %20, %i19
  %126 = getelementptr inbounds float, float* %9, i64 %125
  %127 = load float, float* %126, align 4
  %128 = fmul float %124, %127
  %129 = fadd float %acc20, %128
  %130 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %131 = add i64 %17, %i4
  %132 = getelementptr inbounds float, float* %12, i64 %131
  store float %acc20, float* %132, align 4
  %133 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_26(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 32
  %15 = srem i64 %i, 32
  %16 = mul i64 %14, 512
  %17 = mul i64 %i, 16
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 32
  %22 = add i64 %21, %15
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 16
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 16
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_27(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %23, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fcmp ogt float %19, 0.000000e+00
  %21 = select i1 %20, float 1.000000e+00, float 0.000000e+00
  %22 = getelementptr inbounds float, float* %6, i64 %16
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_28(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_29(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %133, %exit18 ]
  %18 = icmp slt i64 %i4, 16
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 32
  %20 = add i64 0, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %111, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %33, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %44, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %55, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %66, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %77, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %88, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %99, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %110, %body6 ]
  %22 = icmp slt i64 %i8, 32
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = add i64 %i8, 0
  %24 = mul i64 %15, 32
  %25 = add i64 %24, %23
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = add i64 %20, %23
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %28, %31
  %33 = fadd float %acc, %32
  %34 = add i64 %i8, 1
  %35 = mul i64 %15, 32
  %36 = add i64 %35, %34
  %37 = add i64 %16, %36
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = add i64 %20, %34
  %41 = getelementptr inbounds float, float* %9, i64 %40
  %42 = load float, float* %41, align 4
  %43 = fmul float %39, %42
  %44 = fadd float %acc9, %43
  %45 = add i64 %i8, 2
  %46 = mul i64 %15, 32
  %47 = add i64 %46, %45
  %48 = add i64 %16, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = add i64 %20, %45
  %52 = getelementptr inbounds float, float* %9, i64 %51
  %53 = load float, float* %52, align 4
  %54 = fmul float %50, %53
  %55 = fadd float %acc10, %54
  %56 = add i64 %i8, 3
  %57 = mul i64 %15, 32
  %58 = add i64 %57, %56
  %59 = add i64 %16, %58
  %60 = getelementptr inbounds float, float* %6, i64 %59
  %61 = load float, float* %60, align 4
  %62 = add i64 %20, %56
  %63 = getelementptr inbounds float, float* %9, i64 %62
  %64 = load float, float* %63, align 4
  %65 = fmul float %61, %64
  %66 = fadd float %acc11, %65
  %67 = add i64 %i8, 4
  %68 = mul i64 %15, 32
  %69 = add i64 %68, %67
  %70 = add i64 %16, %69
  %71 = getelementptr inbounds float, float* %6, i64 %70
  %72 = load float, float* %71, align 4
  %73 = add i64 %20, %67
  %74 = getelementptr inbounds float, float* %9, i64 %73
  %75 = load float, float* %74, align 4
  %76 = fmul float %72, %75
  %77 = fadd float %acc12, %76
  %78 = add i64 %i8, 5
  %79 = mul i64 %15, 32
  %80 = add i64 %79, %78
  %81 = add i64 %16, %80
  %82 = getelementptr inbounds float, float* %6, i64 %81
  %83 = load float, float* %82, align 4
  %84 = add i64 %20, %78
  %85 = getelementptr inbounds float, float* %9, i64 %84
  %86 = load float, float* %85, align 4
  %87 = fmul float %83, %86
  %88 = fadd float %acc13, %87
  %89 = add i64 %i8, 6
  %90 = mul i64 %15, 32
  %91 = add i64 %90, %89
  %92 = add i64 %16, %91
  %93 = getelementptr inbounds float, float* %6, i64 %92
  %94 = load float, float* %93, align 4
  %95 = add i64 %20, %89
  %96 = getelementptr inbounds float, float* %9, i64 %95
  %97 = load float, float* %96, align 4
  %98 = fmul float %94, %97
  %99 = fadd float %acc14, %98
  %100 = add i64 %i8, 7
  %101 = mul i64 %15, 32
  %102 = add i64 %101, %100
  %103 = add i64 %16, %102
  %104 = getelementptr inbounds float, float* %6, i64 %103
  %105 = load float, float* %104, align 4
  %106 = add i64 %20, %100
  %107 = getelementptr inbounds float, float* %9, i64 %106
  %108 = load float, float* %107, align 4
  %109 = fmul float %105, %108
  %110 = fadd float %acc15, %109
  %111 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %112 = fadd float %acc, %acc9
  %113 = fadd float %acc10, %acc11
  %114 = fadd float %acc12, %acc13
  %115 = fadd float %acc14, %acc15
  %116 = fadd float %112, %113
  %117 = fadd float %114, %115
  %118 = fadd float %116, %117
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 32, %exit7 ], [ %130, %body17 ]
  %acc20 = phi float [ %118, %exit7 ], [ %129, %body17 ]
  %119 = icmp slt i64 %i19, 32
  br i1 %119, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %120 = mul i64 %15, 32
  %121 = add i64 %120, %i19
  %122 = add i64 %16, %121
  %123 = getelementptr inbounds float, float* %6, i64 %122
  %124 = load float, float* %123, align 4
  %125 = add i64 %20, %i19
  %126 = getelementptr inbounds float, float* %9, i64 %125
  %127 = load float, float* %126, align 4
  %128 = fmul float %124, %127
  %129 = fadd float %acc20, %128
  %130 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %131 = add i64 %17, %i4
  %132 = getelementptr inbounds float, float* %12, i64 %131
  store float %acc20, float* %132, align 4
  %133 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_30(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 16
  %15 = srem i64 %i, 16
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 32
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 %21, %15
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 32
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 32
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_31(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_32(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %72, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 16
  %12 = sdiv i64 %i, 16
  %13 = mul i64 %11, 16
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %56, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %20, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %25, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %30, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %35, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %40, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %45, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %50, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %55, %body2 ]
  %15 = icmp slt i64 %i4, 16
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 %i4, 0
  %17 = add i64 %14, %16
  %18 = getelementptr inbounds float, float* %6, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %acc, %19
  %21 = add i64 %i4, 1
  %22 = add i64 %14, %21
  %23 = getelementptr inbounds float, float* %6, i64 %22
  %24 = load float, float* %23, align 4
  %25 = fadd float %acc5, %24
  %26 = add i64 %i4, 2
  %27 = add i64 %14, %26
  %28 = getelementptr inbounds float, float* %6, i64 %27
  %29 = load float, float* %28, align 4
  %30 = fadd float %acc6, %29
  %31 = add i64 %i4, 3
  %32 = add i64 %14, %31
  %33 = getelementptr inbounds float, float* %6, i64 %32
  %34 = load float, float* %33, align 4
  %35 = fadd float %acc7, %34
  %36 = add i64 %i4, 4
  %37 = add i64 %14, %36
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fadd float %acc8, %39
  %41 = add i64 %i4, 5
  %42 = add i64 %14, %41
  %43 = getelementptr inbounds float, float* %6, i64 %42
  %44 = load float, float* %43, align 4
  %45 = fadd float %acc9, %44
  %46 = add i64 %i4, 6
  %47 = add i64 %14, %46
  %48 = getelementptr inbounds float, float* %6, i64 %47
  %49 = load float, float* %48, align 4
  %50 = fadd float %acc10, %49
  %51 = add i64 %i4, 7
  %52 = add i64 %14, %51
  %53 = getelementptr inbounds float, float* %6, i64 %52
  %54 = load float, float* %53, align 4
  %55 = fadd float %acc11, %54
  %56 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %57 = fadd float %acc, %acc5
  %58 = fadd float %acc6, %acc7
  %59 = fadd float %acc8, %acc9
  %60 = fadd float %acc10, %acc11
  %61 = fadd float %57, %58
  %62 = fadd float %59, %60
  %63 = fadd float %61, %62
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %69, %body13 ]
  %acc16 = phi float [ %63, %exit3 ], [ %68, %body13 ]
  %64 = icmp slt i64 %i15, 16
  br i1 %64, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %65 = add i64 %14, %i15
  %66 = getelementptr inbounds float, float* %6, i64 %65
  %67 = load float, float* %66, align 4
  %68 = fadd float %acc16, %67
  %69 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %70 = fdiv float %acc16, 1.600000e+01
  %71 = getelementptr inbounds float, float* %9, i64 %i
  store float %70, float* %71, align 4
  %72 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_33(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3EB0C6F7A0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_34(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %23, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = call float @llvm.sqrt.f32(float %19)
  %21 = fdiv float 1.000000e+00, %20
  %22 = getelementptr inbounds float, float* %6, i64 %16
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_35(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 16
  %15 = add i64 0, %14
  %16 = mul i64 %i, 16
  %17 = add i64 0, %16
  %18 = add i64 0, %i
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %15, %i4
  %21 = add i64 %17, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %21
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %18
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %20
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_36(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_37(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 16
  %12 = sdiv i64 %i, 16
  %13 = add i64 0, %11
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %14 = icmp slt i64 %i4, 16
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = mul i64 %i4, 16
  %16 = add i64 %13, %15
  %17 = getelementptr inbounds float, float* %6, i64 %16
  %18 = load float, float* %17, align 4
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc, float* %21, align 4
  %22 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_38(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 16
  %15 = add i64 0, %14
  %16 = mul i64 %i, 16
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, 16
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 %17, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_39(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_40(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_41(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 16
  %17 = select i1 %16, i64 %15, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_42(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 16
  %15 = add i64 0, %14
  %16 = mul i64 %i, 16
  %17 = add i64 0, %16
  %18 = add i64 0, %i
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %15, %i4
  %21 = add i64 %17, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %21
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %18
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %20
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_43(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_44(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 16
  %15 = add i64 0, %14
  %16 = add i64 0, %i
  %17 = mul i64 %i, 16
  %18 = add i64 0, %17
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %15, %i4
  %21 = add i64 %18, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %16
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %20
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_45(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_46(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %133, %exit18 ]
  %18 = icmp slt i64 %i4, 16
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 16
  %20 = add i64 0, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %111, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %33, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %44, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %55, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %66, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %77, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %88, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %99, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %110, %body6 ]
  %22 = icmp slt i64 %i8, 16
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = add i64 %i8, 0
  %24 = mul i64 %15, 16
  %25 = add i64 %24, %23
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = add i64 %20, %23
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %28, %31
  %33 = fadd float %acc, %32
  %34 = add i64 %i8, 1
  %35 = mul i64 %15, 16
  %36 = add i64 %35, %34
  %37 = add i64 %16, %36
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = add i64 %20, %34
  %41 = getelementptr inbounds float, float* %9, i64 %40
  %42 = load float, float* %41, align 4
  %43 = fmul float %39, %42
  %44 = fadd float %acc9, %43
  %45 = add i64 %i8, 2
  %46 = mul i64 %15, 16
  %47 = add i64 %46, %45
  %48 = add i64 %16, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = add i64 %20, %45
  %52 = getelementptr inbounds float, float* %9, i64 %51
  %53 = load float, float* %52, align 4
  %54 = fmul float %50, %53
  %55 = fadd float %acc10, %54
  %56 = add i64 %i8, 3
  %57 = mul i64 %15, 16
  %58 = add i64 %57, %56
  %59 = add i64 %16, %58
  %60 = getelementptr inbounds float, float* %6, i64 %59
  %61 = load float, float* %60, align 4
  %62 = add i64 %20, %56
  %63 = getelementptr inbounds float, float* %9, i64 %62
  %64 = load float, float* %63, align 4
  %65 = fmul float %61, %64
  %66 = fadd float %acc11, %65
  %67 = add i64 %i8, 4
  %68 = mul i64 %15, 16
  %69 = add i64 %68, %67
  %70 = add i64 %16, %69
  %71 = getelementptr inbounds float, float* %6, i64 %70
  %72 = load float, float* %71, align 4
  %73 = add i64 %20, %67
  %74 = getelementptr inbounds float, float* %9, i64 %73
  %75 = load float, float* %74, align 4
  %76 = fmul float %72, %75
  %77 = fadd float %acc12, %76
  %78 = add i64 %i8, 5
  %79 = mul i64 %15, 16
  %80 = add i64 %79, %78
  %81 = add i64 %16, %80
  %82 = getelementptr inbounds float, float* %6, i64 %81
  %83 = load float, float* %82, align 4
  %84 = add i64 %20, %78
  %85 = getelementptr inbounds float, float* %9, i64 %84
  %86 = load float, float* %85, align 4
  %87 = fmul float %83, %86
  %88 = fadd float %acc13, %87
  %89 = add i64 %i8, 6
  %90 = mul i64 %15, 16
  %91 = add i64 %90, %89
  %92 = add i64 %16, %91
  %93 = getelementptr inbounds float, float* %6, i64 %92
  %94 = load float, float* %93, align 4
  %95 = add i64 %20, %89
  %96 = getelementptr inbounds float, float* %9, i64 %95
  %97 = load float, float* %96, align 4
  %98 = fmul float %94, %97
  %99 = fadd float %acc14, %98
  %100 = add i64 %i8, 7
  %101 = mul i64 %15, 16
  %102 = add i64 %101, %100
  %103 = add i64 %16, %102
  %104 = getelementptr inbounds float, float* %6, i64 %103
  %105 = load float, float* %104, align 4
  %106 = add i64 %20, %100
  %107 = getelementptr inbounds float, float* %9, i64 %106
  %108 = load float, float* %107, align 4
  %109 = fmul float %105, %108
  %110 = fadd float %acc15, %109
  %111 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %112 = fadd float %acc, %acc9
  %113 = fadd float %acc10, %acc11
  %114 = fadd float %acc12, %acc13
  %115 = fadd float %acc14, %acc15
  %116 = fadd float %112, %113
  %117 = fadd float %114, %115
  %118 = fadd float %116, %117
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 16, %exit7 ], [ %130, %body17 ]
  %acc20 = phi float [ %118, %exit7 ], [ %129, %body17 ]
  %119 = icmp slt i64 %i19, 16
  br i1 %119, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %120 = mul i64 %15, 16
  %121 = add i64 %120, %i19
  %122 = add i64 %16, %121
  %123 = getelementptr inbounds float, float* %6, i64 %122
  %124 = load float, float* %123, align 4
  %125 = add i64 %20, %i19
  %126 = getelementptr inbounds float, float* %9, i64 %125
  %127 = load float, float* %126, align 4
  %128 = fmul float %124, %127
  %129 = fadd float %acc20, %128
  %130 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %131 = add i64 %17, %i4
  %132 = getelementptr inbounds float, float* %12, i64 %131
  store float %acc20, float* %132, align 4
  %133 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_47(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 16
  %15 = srem i64 %i, 16
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 16
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 %21, %15
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 16
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 16
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_48(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 64
  %17 = mul i64 %14, 64
  %18 = mul i64 %i, 8
  %19 = getelementptr inbounds float, float* %12, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 8
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 8
  %23 = add i64 %22, %15
  %24 = add i64 %16, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 8
  %28 = add i64 %17, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 8
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %12, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %12, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_49(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 32
  %12 = sdiv i64 %i, 32
  %13 = mul i64 %11, 8
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 %14, %i4
  %17 = getelementptr inbounds float, float* %6, i64 %16
  %18 = load float, float* %17, align 4
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc, float* %21, align 4
  %22 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_50(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 8
  %15 = add i64 0, %14
  %16 = mul i64 %i, 8
  %17 = add i64 0, %16
  %18 = add i64 0, %i
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %19 = icmp slt i64 %i4, 8
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %15, %i4
  %21 = add i64 %17, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %21
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %18
  %25 = load float, float* %24, align 4
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %20
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_51(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_52(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit11, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit11 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 256
  %15 = add i64 %14, 256
  %16 = icmp slt i64 %15, 16
  %17 = select i1 %16, i64 %15, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %exit7 ]
  %18 = icmp slt i64 %i4, 50
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 16
  br label %loop5

exit3:                                            ; preds = %loop1
  br label %loop9

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ %14, %body2 ], [ %23, %body6 ]
  %20 = icmp slt i64 %i8, %17
  br i1 %20, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %21 = add i64 %19, %i8
  %22 = getelementptr inbounds float, float* %12, i64 %21
  store float 0.000000e+00, float* %22, align 4
  %23 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %24 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %exit15, %exit3
  %i12 = phi i64 [ 0, %exit3 ], [ %42, %exit15 ]
  %25 = icmp slt i64 %i12, 16
  br i1 %25, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %26 = getelementptr inbounds i32, i32* %9, i64 %i12
  %27 = load i32, i32* %26, align 4
  %28 = sext i32 %27 to i64
  %29 = mul i64 %28, 16
  %30 = mul i64 %i12, 16
  br label %loop13

exit11:                                           ; preds = %loop9
  %31 = add i64 %i, 1
  br label %loop

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ %14, %body10 ], [ %41, %body14 ]
  %32 = icmp slt i64 %i16, %17
  br i1 %32, label %body14, label %exit15

body14:                                           ; preds = %loop13
  %33 = add i64 %29, %i16
  %34 = getelementptr inbounds float, float* %12, i64 %33
  %35 = load float, float* %34, align 4
  %36 = add i64 %30, %i16
  %37 = getelementptr inbounds float, float* %6, i64 %36
  %38 = load float, float* %37, align 4
  %39 = fadd float %35, %38
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i16, 1
  br label %loop13

exit15:                                           ; preds = %loop13
  %42 = add i64 %i12, 1
  br label %loop9
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_53(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 800
  %14 = select i1 %13, i64 %12, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_54(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %67, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %16, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %31, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %36, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %11 = icmp slt i64 %i4, 800
  br i1 %11, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %12 = add i64 %i4, 0
  %13 = add i64 0, %12
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fadd float %acc, %15
  %17 = add i64 %i4, 1
  %18 = add i64 0, %17
  %19 = getelementptr inbounds float, float* %6, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fadd float %acc5, %20
  %22 = add i64 %i4, 2
  %23 = add i64 0, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fadd float %acc6, %25
  %27 = add i64 %i4, 3
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fadd float %acc7, %30
  %32 = add i64 %i4, 4
  %33 = add i64 0, %32
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %acc8, %35
  %37 = add i64 %i4, 5
  %38 = add i64 0, %37
  %39 = getelementptr inbounds float, float* %6, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fadd float %acc9, %40
  %42 = add i64 %i4, 6
  %43 = add i64 0, %42
  %44 = getelementptr inbounds float, float* %6, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fadd float %acc10, %45
  %47 = add i64 %i4, 7
  %48 = add i64 0, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fadd float %acc11, %50
  %52 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %53 = fadd float %acc, %acc5
  %54 = fadd float %acc6, %acc7
  %55 = fadd float %acc8, %acc9
  %56 = fadd float %acc10, %acc11
  %57 = fadd float %53, %54
  %58 = fadd float %55, %56
  %59 = fadd float %57, %58
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 800, %exit3 ], [ %65, %body13 ]
  %acc16 = phi float [ %59, %exit3 ], [ %64, %body13 ]
  %60 = icmp slt i64 %i15, 800
  br i1 %60, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %61 = add i64 0, %i15
  %62 = getelementptr inbounds float, float* %6, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fadd float %acc16, %63
  %65 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %66 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %66, align 4
  %67 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_55(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = fadd float 0.000000e+00, %17
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_56(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 48
  %14 = select i1 %13, i64 %12, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_57(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %67, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %16, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %31, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %36, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %11 = icmp slt i64 %i4, 48
  br i1 %11, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %12 = add i64 %i4, 0
  %13 = add i64 0, %12
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fadd float %acc, %15
  %17 = add i64 %i4, 1
  %18 = add i64 0, %17
  %19 = getelementptr inbounds float, float* %6, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fadd float %acc5, %20
  %22 = add i64 %i4, 2
  %23 = add i64 0, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fadd float %acc6, %25
  %27 = add i64 %i4, 3
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fadd float %acc7, %30
  %32 = add i64 %i4, 4
  %33 = add i64 0, %32
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %acc8, %35
  %37 = add i64 %i4, 5
  %38 = add i64 0, %37
  %39 = getelementptr inbounds float, float* %6, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fadd float %acc9, %40
  %42 = add i64 %i4, 6
  %43 = add i64 0, %42
  %44 = getelementptr inbounds float, float* %6, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fadd float %acc10, %45
  %47 = add i64 %i4, 7
  %48 = add i64 0, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fadd float %acc11, %50
  %52 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %53 = fadd float %acc, %acc5
  %54 = fadd float %acc6, %acc7
  %55 = fadd float %acc8, %acc9
  %56 = fadd float %acc10, %acc11
  %57 = fadd float %53, %54
  %58 = fadd float %55, %56
  %59 = fadd float %57, %58
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 48, %exit3 ], [ %65, %body13 ]
  %acc16 = phi float [ %59, %exit3 ], [ %64, %body13 ]
  %60 = icmp slt i64 %i15, 48
  br i1 %60, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %61 = add i64 0, %i15
  %62 = getelementptr inbounds float, float* %6, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fadd float %acc16, %63
  %65 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %66 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %66, align 4
  %67 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_58(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1
  %17 = select i1 %16, i64 %15, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %25, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = getelementptr inbounds float, float* %9, i64 0
  %20 = load float, float* %19, align 4
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = fadd float %20, %22
  %24 = getelementptr inbounds float, float* %6, i64 0
  store float %23, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_59(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %67, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %16, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %31, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %36, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %11 = icmp slt i64 %i4, 16
  br i1 %11, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %12 = add i64 %i4, 0
  %13 = add i64 0, %12
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fadd float %acc, %15
  %17 = add i64 %i4, 1
  %18 = add i64 0, %17
  %19 = getelementptr inbounds float, float* %6, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fadd float %acc5, %20
  %22 = add i64 %i4, 2
  %23 = add i64 0, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fadd float %acc6, %25
  %27 = add i64 %i4, 3
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fadd float %acc7, %30
  %32 = add i64 %i4, 4
  %33 = add i64 0, %32
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %acc8, %35
  %37 = add i64 %i4, 5
  %38 = add i64 0, %37
  %39 = getelementptr inbounds float, float* %6, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fadd float %acc9, %40
  %42 = add i64 %i4, 6
  %43 = add i64 0, %42
  %44 = getelementptr inbounds float, float* %6, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fadd float %acc10, %45
  %47 = add i64 %i4, 7
  %48 = add i64 0, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fadd float %acc11, %50
  %52 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %53 = fadd float %acc, %acc5
  %54 = fadd float %acc6, %acc7
  %55 = fadd float %acc8, %acc9
  %56 = fadd float %acc10, %acc11
  %57 = fadd float %53, %54
  %58 = fadd float %55, %56
  %59 = fadd float %57, %58
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %65, %body13 ]
  %acc16 = phi float [ %59, %exit3 ], [ %64, %body13 ]
  %60 = icmp slt i64 %i15, 16
  br i1 %60, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %61 = add i64 0, %i15
  %62 = getelementptr inbounds float, float* %6, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fadd float %acc16, %63
  %65 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %66 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %66, align 4
  %67 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_60(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %67, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %16, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %31, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %36, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %11 = icmp slt i64 %i4, 256
  br i1 %11, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %12 = add i64 %i4, 0
  %13 = add i64 0, %12
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fadd float %acc, %15
  %17 = add i64 %i4, 1
  %18 = add i64 0, %17
  %19 = getelementptr inbounds float, float* %6, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fadd float %acc5, %20
  %22 = add i64 %i4, 2
  %23 = add i64 0, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fadd float %acc6, %25
  %27 = add i64 %i4, 3
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fadd float %acc7, %30
  %32 = add i64 %i4, 4
  %33 = add i64 0, %32
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %acc8, %35
  %37 = add i64 %i4, 5
  %38 = add i64 0, %37
  %39 = getelementptr inbounds float, float* %6, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fadd float %acc9, %40
  %42 = add i64 %i4, 6
  %43 = add i64 0, %42
  %44 = getelementptr inbounds float, float* %6, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fadd float %acc10, %45
  %47 = add i64 %i4, 7
  %48 = add i64 0, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fadd float %acc11, %50
  %52 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %53 = fadd float %acc, %acc5
  %54 = fadd float %acc6, %acc7
  %55 = fadd float %acc8, %acc9
  %56 = fadd float %acc10, %acc11
  %57 = fadd float %53, %54
  %58 = fadd float %55, %56
  %59 = fadd float %57, %58
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 256, %exit3 ], [ %65, %body13 ]
  %acc16 = phi float [ %59, %exit3 ], [ %64, %body13 ]
  %60 = icmp slt i64 %i15, 256
  br i1 %60, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %61 = add i64 0, %i15
  %62 = getelementptr inbounds float, float* %6, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fadd float %acc16, %63
  %65 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %66 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %66, align 4
  %67 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_61(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_62(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %67, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %16, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %31, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %36, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %11 = icmp slt i64 %i4, 512
  br i1 %11, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %12 = add i64 %i4, 0
  %13 = add i64 0, %12
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fadd float %acc, %15
  %17 = add i64 %i4, 1
  %18 = add i64 0, %17
  %19 = getelementptr inbounds float, float* %6, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fadd float %acc5, %20
  %22 = add i64 %i4, 2
  %23 = add i64 0, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fadd float %acc6, %25
  %27 = add i64 %i4, 3
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fadd float %acc7, %30
  %32 = add i64 %i4, 4
  %33 = add i64 0, %32
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %acc8, %35
  %37 = add i64 %i4, 5
  %38 = add i64 0, %37
  %39 = getelementptr inbounds float, float* %6, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fadd float %acc9, %40
  %42 = add i64 %i4, 6
  %43 = add i64 0, %42
  %44 = getelementptr inbounds float, float* %6, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fadd float %acc10, %45
  %47 = add i64 %i4, 7
  %48 = add i64 0, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fadd float %acc11, %50
  %52 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %53 = fadd float %acc, %acc5
  %54 = fadd float %acc6, %acc7
  %55 = fadd float %acc8, %acc9
  %56 = fadd float %acc10, %acc11
  %57 = fadd float %53, %54
  %58 = fadd float %55, %56
  %59 = fadd float %57, %58
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 512, %exit3 ], [ %65, %body13 ]
  %acc16 = phi float [ %59, %exit3 ], [ %64, %body13 ]
  %60 = icmp slt i64 %i15, 512
  br i1 %60, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %61 = add i64 0, %i15
  %62 = getelementptr inbounds float, float* %6, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fadd float %acc16, %63
  %65 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %66 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %66, align 4
  %67 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_63(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = call float @llvm.sqrt.f32(float %17)
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_64(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = fadd float %17, 0x3EB0C6F7A0000000
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_65(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = fdiv float 1.000000e+00, %17
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_66(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %23, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = fcmp uno float %17, 1.000000e+00
  %19 = fcmp olt float 1.000000e+00, %17
  %20 = select i1 %19, float 1.000000e+00, float %17
  %21 = select i1 %18, float 0x7FF8000000000000, float %20
  %22 = getelementptr inbounds float, float* %6, i64 0
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_67(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 800
  %17 = select i1 %16, i64 %15, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_68(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 48
  %17 = select i1 %16, i64 %15, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_69(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 16
  %17 = select i1 %16, i64 %15, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_70(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_71(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_72(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = fadd float %17, 1.000000e+00
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_73(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = call float @powf(float 0x3FECCCCCC0000000, float %17)
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

declare float @powf(float, float)

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_74(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = fsub float 1.000000e+00, %17
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_75(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = call float @powf(float 0x3FEFF7CEE0000000, float %17)
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_76(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = call float @llvm.sqrt.f32(float %17)
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_77(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = fmul float %17, 0x3F50624DE0000000
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_78(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 800
  %14 = select i1 %13, i64 %12, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FECCCCCC0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_79(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 800
  %14 = select i1 %13, i64 %12, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FB99999A0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_80(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 800
  %17 = select i1 %16, i64 %15, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_81(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 800
  %14 = select i1 %13, i64 %12, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FEFF7CEE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_82(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 800
  %14 = select i1 %13, i64 %12, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_83(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 800
  %14 = select i1 %13, i64 %12, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3F50624DE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_84(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = fmul float %17, 0x3F847AE140000000
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_85(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 800
  %17 = select i1 %16, i64 %15, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_86(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 800
  %14 = select i1 %13, i64 %12, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = call float @llvm.sqrt.f32(float %19)
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_87(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 800
  %17 = select i1 %16, i64 %15, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fdiv float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_88(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 800
  %14 = select i1 %13, i64 %12, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3E45798EE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_89(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1
  %17 = select i1 %16, i64 %15, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %25, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = getelementptr inbounds float, float* %9, i64 0
  %20 = load float, float* %19, align 4
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = fdiv float %20, %22
  %24 = getelementptr inbounds float, float* %6, i64 0
  store float %23, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_90(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 800
  %17 = select i1 %16, i64 %15, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fdiv float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_91(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 800
  %17 = select i1 %16, i64 %15, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 %20
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_92(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 800
  %17 = select i1 %16, i64 %15, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_93(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 48
  %14 = select i1 %13, i64 %12, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FECCCCCC0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_94(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 48
  %14 = select i1 %13, i64 %12, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FB99999A0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_95(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 48
  %17 = select i1 %16, i64 %15, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_96(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 48
  %14 = select i1 %13, i64 %12, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FEFF7CEE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_97(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 48
  %14 = select i1 %13, i64 %12, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_98(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 48
  %14 = select i1 %13, i64 %12, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3F50624DE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_99(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 48
  %17 = select i1 %16, i64 %15, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_100(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 48
  %14 = select i1 %13, i64 %12, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = call float @llvm.sqrt.f32(float %19)
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_101(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 48
  %17 = select i1 %16, i64 %15, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fdiv float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_102(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 48
  %14 = select i1 %13, i64 %12, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3E45798EE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_103(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 48
  %17 = select i1 %16, i64 %15, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fdiv float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_104(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 48
  %17 = select i1 %16, i64 %15, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 %20
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_105(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 48
  %17 = select i1 %16, i64 %15, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_106(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FECCCCCC0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_107(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FB99999A0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_108(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 16
  %17 = select i1 %16, i64 %15, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_109(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FEFF7CEE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_110(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_111(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3F50624DE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_112(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 16
  %17 = select i1 %16, i64 %15, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_113(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = call float @llvm.sqrt.f32(float %19)
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_114(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 16
  %17 = select i1 %16, i64 %15, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fdiv float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_115(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3E45798EE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_116(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 16
  %17 = select i1 %16, i64 %15, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fdiv float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_117(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 16
  %17 = select i1 %16, i64 %15, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 %20
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_118(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 16
  %17 = select i1 %16, i64 %15, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_119(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FECCCCCC0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_120(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FB99999A0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_121(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_122(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FEFF7CEE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_123(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_124(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3F50624DE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_125(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_126(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = call float @llvm.sqrt.f32(float %19)
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_127(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fdiv float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_128(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3E45798EE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_129(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fdiv float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_130(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 %20
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_131(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal i32 @eptc_entry_3_part1(i8** %0) #1 {
entry:
  %pointers = alloca i8*, i64 3, align 8
  %1 = getelementptr inbounds i8*, i8** %0, i64 57
  %2 = load i8*, i8** %1, align 8
  %3 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2, i8** %3, align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 67
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %5, i8** %6, align 8
  %7 = getelementptr inbounds i8*, i8** %0, i64 67
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 17792
  %10 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %9, i8** %10, align 8
  %11 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %11, i64 0, i64 1)
  %12 = getelementptr inbounds i8*, i8** %0, i64 67
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 1024
  %15 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %14, i8** %15, align 8
  %16 = getelementptr inbounds i8*, i8** %0, i64 67
  %17 = load i8*, i8** %16, align 8
  %18 = getelementptr inbounds i8, i8* %17, i64 2048
  %19 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %18, i8** %19, align 8
  %20 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_84(i8* %20, i64 0, i64 1)
  %21 = getelementptr inbounds i8*, i8** %0, i64 67
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8, i8* %22, i64 1024
  %24 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %23, i8** %24, align 8
  %25 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %25, i64 0, i64 1)
  %26 = getelementptr inbounds i8*, i8** %0, i64 67
  %27 = load i8*, i8** %26, align 8
  %28 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %27, i8** %28, align 8
  %29 = getelementptr inbounds i8*, i8** %0, i64 6
  %30 = load i8*, i8** %29, align 8
  %31 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %30, i8** %31, align 8
  %32 = getelementptr inbounds i8*, i8** %0, i64 67
  %33 = load i8*, i8** %32, align 8
  %34 = getelementptr inbounds i8, i8* %33, i64 1024
  %35 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %34, i8** %35, align 8
  %36 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_125(i8* %36, i64 0, i64 1)
  %37 = getelementptr inbounds i8*, i8** %0, i64 67
  %38 = load i8*, i8** %37, align 8
  %39 = getelementptr inbounds i8, i8* %38, i64 1024
  %40 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %39, i8** %40, align 8
  %41 = getelementptr inbounds i8*, i8** %0, i64 57
  %42 = load i8*, i8** %41, align 8
  %43 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %42, i8** %43, align 8
  %44 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_126(i8* %44, i64 0, i64 1)
  %45 = getelementptr inbounds i8*, i8** %0, i64 67
  %46 = load i8*, i8** %45, align 8
  %47 = getelementptr inbounds i8, i8* %46, i64 1024
  %48 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %47, i8** %48, align 8
  %49 = getelementptr inbounds i8*, i8** %0, i64 67
  %50 = load i8*, i8** %49, align 8
  %51 = getelementptr inbounds i8, i8* %50, i64 16896
  %52 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %51, i8** %52, align 8
  %53 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_127(i8* %53, i64 0, i64 1)
  %54 = getelementptr inbounds i8*, i8** %0, i64 67
  %55 = load i8*, i8** %54, align 8
  %56 = getelementptr inbounds i8, i8* %55, i64 1024
  %57 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %56, i8** %57, align 8
  %58 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_128(i8* %58, i64 0, i64 1)
  %59 = getelementptr inbounds i8*, i8** %0, i64 67
  %60 = load i8*, i8** %59, align 8
  %61 = getelementptr inbounds i8, i8* %60, i64 2048
  %62 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %61, i8** %62, align 8
  %63 = getelementptr inbounds i8*, i8** %0, i64 67
  %64 = load i8*, i8** %63, align 8
  %65 = getelementptr inbounds i8, i8* %64, i64 16832
  %66 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %65, i8** %66, align 8
  %67 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_89(i8* %67, i64 0, i64 1)
  %68 = getelementptr inbounds i8*, i8** %0, i64 67
  %69 = load i8*, i8** %68, align 8
  %70 = getelementptr inbounds i8, i8* %69, i64 1024
  %71 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %70, i8** %71, align 8
  %72 = getelementptr inbounds i8*, i8** %0, i64 56
  %73 = load i8*, i8** %72, align 8
  %74 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %73, i8** %74, align 8
  %75 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_129(i8* %75, i64 0, i64 1)
  %76 = getelementptr inbounds i8*, i8** %0, i64 67
  %77 = load i8*, i8** %76, align 8
  %78 = getelementptr inbounds i8, i8* %77, i64 1024
  %79 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %78, i8** %79, align 8
  %80 = getelementptr inbounds i8*, i8** %0, i64 67
  %81 = load i8*, i8** %80, align 8
  %82 = getelementptr inbounds i8, i8* %81, i64 2048
  %83 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %82, i8** %83, align 8
  %84 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_130(i8* %84, i64 0, i64 1)
  %85 = getelementptr inbounds i8*, i8** %0, i64 55
  %86 = load i8*, i8** %85, align 8
  %87 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %86, i8** %87, align 8
  %88 = getelementptr inbounds i8*, i8** %0, i64 67
  %89 = load i8*, i8** %88, align 8
  %90 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %89, i8** %90, align 8
  %91 = getelementptr inbounds i8*, i8** %0, i64 67
  %92 = load i8*, i8** %91, align 8
  %93 = getelementptr inbounds i8, i8* %92, i64 1024
  %94 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %93, i8** %94, align 8
  %95 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_131(i8* %95, i64 0, i64 1)
  %96 = getelementptr inbounds i8*, i8** %0, i64 67
  %97 = load i8*, i8** %96, align 8
  %98 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %97, i8** %98, align 8
  %99 = getelementptr inbounds i8*, i8** %0, i64 33
  %100 = load i8*, i8** %99, align 8
  %101 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %100, i8** %101, align 8
  %102 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %102, i64 0, i64 1)
  %103 = getelementptr inbounds i8*, i8** %0, i64 67
  %104 = load i8*, i8** %103, align 8
  %105 = getelementptr inbounds i8, i8* %104, i64 64
  %106 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %105, i8** %106, align 8
  %107 = getelementptr inbounds i8*, i8** %0, i64 25
  %108 = load i8*, i8** %107, align 8
  %109 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %108, i8** %109, align 8
  %110 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_106(i8* %110, i64 0, i64 1)
  %111 = getelementptr inbounds i8*, i8** %0, i64 67
  %112 = load i8*, i8** %111, align 8
  %113 = getelementptr inbounds i8, i8* %112, i64 128
  %114 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %113, i8** %114, align 8
  %115 = getelementptr inbounds i8*, i8** %0, i64 67
  %116 = load i8*, i8** %115, align 8
  %117 = getelementptr inbounds i8, i8* %116, i64 18816
  %118 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %117, i8** %118, align 8
  %119 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_107(i8* %119, i64 0, i64 1)
  %120 = getelementptr inbounds i8*, i8** %0, i64 59
  %121 = load i8*, i8** %120, align 8
  %122 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %121, i8** %122, align 8
  %123 = getelementptr inbounds i8*, i8** %0, i64 67
  %124 = load i8*, i8** %123, align 8
  %125 = getelementptr inbounds i8, i8* %124, i64 64
  %126 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %125, i8** %126, align 8
  %127 = getelementptr inbounds i8*, i8** %0, i64 67
  %128 = load i8*, i8** %127, align 8
  %129 = getelementptr inbounds i8, i8* %128, i64 128
  %130 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %129, i8** %130, align 8
  %131 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_108(i8* %131, i64 0, i64 1)
  %132 = getelementptr inbounds i8*, i8** %0, i64 67
  %133 = load i8*, i8** %132, align 8
  %134 = getelementptr inbounds i8, i8* %133, i64 64
  %135 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %134, i8** %135, align 8
  %136 = getelementptr inbounds i8*, i8** %0, i64 26
  %137 = load i8*, i8** %136, align 8
  %138 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %137, i8** %138, align 8
  %139 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_109(i8* %139, i64 0, i64 1)
  %140 = getelementptr inbounds i8*, i8** %0, i64 67
  %141 = load i8*, i8** %140, align 8
  %142 = getelementptr inbounds i8, i8* %141, i64 18816
  %143 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %142, i8** %143, align 8
  %144 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_110(i8* %144, i64 0, i64 1)
  %145 = getelementptr inbounds i8*, i8** %0, i64 67
  %146 = load i8*, i8** %145, align 8
  %147 = getelementptr inbounds i8, i8* %146, i64 18816
  %148 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %147, i8** %148, align 8
  %149 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_111(i8* %149, i64 0, i64 1)
  %150 = getelementptr inbounds i8*, i8** %0, i64 60
  %151 = load i8*, i8** %150, align 8
  %152 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %151, i8** %152, align 8
  %153 = getelementptr inbounds i8*, i8** %0, i64 67
  %154 = load i8*, i8** %153, align 8
  %155 = getelementptr inbounds i8, i8* %154, i64 64
  %156 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %155, i8** %156, align 8
  %157 = getelementptr inbounds i8*, i8** %0, i64 67
  %158 = load i8*, i8** %157, align 8
  %159 = getelementptr inbounds i8, i8* %158, i64 18816
  %160 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %159, i8** %160, align 8
  %161 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_108(i8* %161, i64 0, i64 1)
  %162 = getelementptr inbounds i8*, i8** %0, i64 67
  %163 = load i8*, i8** %162, align 8
  %164 = getelementptr inbounds i8, i8* %163, i64 64
  %165 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %164, i8** %165, align 8
  %166 = getelementptr inbounds i8*, i8** %0, i64 67
  %167 = load i8*, i8** %166, align 8
  %168 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %167, i8** %168, align 8
  %169 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_84(i8* %169, i64 0, i64 1)
  %170 = getelementptr inbounds i8*, i8** %0, i64 67
  %171 = load i8*, i8** %170, align 8
  %172 = getelementptr inbounds i8, i8* %171, i64 64
  %173 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %172, i8** %173, align 8
  %174 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %174, i64 0, i64 1)
  %175 = getelementptr inbounds i8*, i8** %0, i64 67
  %176 = load i8*, i8** %175, align 8
  %177 = getelementptr inbounds i8, i8* %176, i64 128
  %178 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %177, i8** %178, align 8
  %179 = getelementptr inbounds i8*, i8** %0, i64 7
  %180 = load i8*, i8** %179, align 8
  %181 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %180, i8** %181, align 8
  %182 = getelementptr inbounds i8*, i8** %0, i64 67
  %183 = load i8*, i8** %182, align 8
  %184 = getelementptr inbounds i8, i8* %183, i64 64
  %185 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %184, i8** %185, align 8
  %186 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_112(i8* %186, i64 0, i64 1)
  %187 = getelementptr inbounds i8*, i8** %0, i64 67
  %188 = load i8*, i8** %187, align 8
  %189 = getelementptr inbounds i8, i8* %188, i64 64
  %190 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %189, i8** %190, align 8
  %191 = getelementptr inbounds i8*, i8** %0, i64 60
  %192 = load i8*, i8** %191, align 8
  %193 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %192, i8** %193, align 8
  %194 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_113(i8* %194, i64 0, i64 1)
  %195 = getelementptr inbounds i8*, i8** %0, i64 67
  %196 = load i8*, i8** %195, align 8
  %197 = getelementptr inbounds i8, i8* %196, i64 64
  %198 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %197, i8** %198, align 8
  %199 = getelementptr inbounds i8*, i8** %0, i64 67
  %200 = load i8*, i8** %199, align 8
  %201 = getelementptr inbounds i8, i8* %200, i64 16896
  %202 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %201, i8** %202, align 8
  %203 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_114(i8* %203, i64 0, i64 1)
  %204 = getelementptr inbounds i8*, i8** %0, i64 67
  %205 = load i8*, i8** %204, align 8
  %206 = getelementptr inbounds i8, i8* %205, i64 64
  %207 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %206, i8** %207, align 8
  %208 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_115(i8* %208, i64 0, i64 1)
  %209 = getelementptr inbounds i8*, i8** %0, i64 67
  %210 = load i8*, i8** %209, align 8
  %211 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %210, i8** %211, align 8
  %212 = getelementptr inbounds i8*, i8** %0, i64 67
  %213 = load i8*, i8** %212, align 8
  %214 = getelementptr inbounds i8, i8* %213, i64 16832
  %215 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %214, i8** %215, align 8
  %216 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_89(i8* %216, i64 0, i64 1)
  %217 = getelementptr inbounds i8*, i8** %0, i64 67
  %218 = load i8*, i8** %217, align 8
  %219 = getelementptr inbounds i8, i8* %218, i64 64
  %220 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %219, i8** %220, align 8
  %221 = getelementptr inbounds i8*, i8** %0, i64 59
  %222 = load i8*, i8** %221, align 8
  %223 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %222, i8** %223, align 8
  %224 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_116(i8* %224, i64 0, i64 1)
  %225 = getelementptr inbounds i8*, i8** %0, i64 67
  %226 = load i8*, i8** %225, align 8
  %227 = getelementptr inbounds i8, i8* %226, i64 64
  %228 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %227, i8** %228, align 8
  %229 = getelementptr inbounds i8*, i8** %0, i64 67
  %230 = load i8*, i8** %229, align 8
  %231 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %230, i8** %231, align 8
  %232 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_117(i8* %232, i64 0, i64 1)
  %233 = getelementptr inbounds i8*, i8** %0, i64 58
  %234 = load i8*, i8** %233, align 8
  %235 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %234, i8** %235, align 8
  %236 = getelementptr inbounds i8*, i8** %0, i64 67
  %237 = load i8*, i8** %236, align 8
  %238 = getelementptr inbounds i8, i8* %237, i64 128
  %239 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %238, i8** %239, align 8
  %240 = getelementptr inbounds i8*, i8** %0, i64 67
  %241 = load i8*, i8** %240, align 8
  %242 = getelementptr inbounds i8, i8* %241, i64 64
  %243 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %242, i8** %243, align 8
  %244 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_118(i8* %244, i64 0, i64 1)
  %245 = getelementptr inbounds i8*, i8** %0, i64 67
  %246 = load i8*, i8** %245, align 8
  %247 = getelementptr inbounds i8, i8* %246, i64 4096
  %248 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %247, i8** %248, align 8
  %249 = getelementptr inbounds i8*, i8** %0, i64 33
  %250 = load i8*, i8** %249, align 8
  %251 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %250, i8** %251, align 8
  %252 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %252, i64 0, i64 1)
  %253 = getelementptr inbounds i8*, i8** %0, i64 67
  %254 = load i8*, i8** %253, align 8
  %255 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %254, i8** %255, align 8
  %256 = getelementptr inbounds i8*, i8** %0, i64 27
  %257 = load i8*, i8** %256, align 8
  %258 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %257, i8** %258, align 8
  %259 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_132(i8* %259, i64 0, i64 1)
  %260 = getelementptr inbounds i8*, i8** %0, i64 67
  %261 = load i8*, i8** %260, align 8
  %262 = getelementptr inbounds i8, i8* %261, i64 2048
  %263 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %262, i8** %263, align 8
  %264 = getelementptr inbounds i8*, i8** %0, i64 67
  %265 = load i8*, i8** %264, align 8
  %266 = getelementptr inbounds i8, i8* %265, i64 11648
  %267 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %266, i8** %267, align 8
  %268 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_133(i8* %268, i64 0, i64 1)
  %269 = getelementptr inbounds i8*, i8** %0, i64 62
  %270 = load i8*, i8** %269, align 8
  %271 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %270, i8** %271, align 8
  %272 = getelementptr inbounds i8*, i8** %0, i64 67
  %273 = load i8*, i8** %272, align 8
  %274 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %273, i8** %274, align 8
  %275 = getelementptr inbounds i8*, i8** %0, i64 67
  %276 = load i8*, i8** %275, align 8
  %277 = getelementptr inbounds i8, i8* %276, i64 2048
  %278 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %277, i8** %278, align 8
  %279 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_134(i8* %279, i64 0, i64 1)
  %280 = getelementptr inbounds i8*, i8** %0, i64 67
  %281 = load i8*, i8** %280, align 8
  %282 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %281, i8** %282, align 8
  %283 = getelementptr inbounds i8*, i8** %0, i64 28
  %284 = load i8*, i8** %283, align 8
  %285 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %284, i8** %285, align 8
  %286 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_135(i8* %286, i64 0, i64 1)
  %287 = getelementptr inbounds i8*, i8** %0, i64 67
  %288 = load i8*, i8** %287, align 8
  %289 = getelementptr inbounds i8, i8* %288, i64 11648
  %290 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %289, i8** %290, align 8
  %291 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_136(i8* %291, i64 0, i64 1)
  %292 = getelementptr inbounds i8*, i8** %0, i64 67
  %293 = load i8*, i8** %292, align 8
  %294 = getelementptr inbounds i8, i8* %293, i64 11648
  %295 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %294, i8** %295, align 8
  %296 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_137(i8* %296, i64 0, i64 1)
  %297 = getelementptr inbounds i8*, i8** %0, i64 63
  %298 = load i8*, i8** %297, align 8
  %299 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %298, i8** %299, align 8
  %300 = getelementptr inbounds i8*, i8** %0, i64 67
  %301 = load i8*, i8** %300, align 8
  %302 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %301, i8** %302, align 8
  %303 = getelementptr inbounds i8*, i8** %0, i64 67
  %304 = load i8*, i8** %303, align 8
  %305 = getelementptr inbounds i8, i8* %304, i64 11648
  %306 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %305, i8** %306, align 8
  %307 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_134(i8* %307, i64 0, i64 1)
  %308 = getelementptr inbounds i8*, i8** %0, i64 67
  %309 = load i8*, i8** %308, align 8
  %310 = getelementptr inbounds i8, i8* %309, i64 2048
  %311 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %310, i8** %311, align 8
  %312 = getelementptr inbounds i8*, i8** %0, i64 67
  %313 = load i8*, i8** %312, align 8
  %314 = getelementptr inbounds i8, i8* %313, i64 4096
  %315 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %314, i8** %315, align 8
  %316 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_84(i8* %316, i64 0, i64 1)
  %317 = getelementptr inbounds i8*, i8** %0, i64 67
  %318 = load i8*, i8** %317, align 8
  %319 = getelementptr inbounds i8, i8* %318, i64 2048
  %320 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %319, i8** %320, align 8
  %321 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %321, i64 0, i64 1)
  %322 = getelementptr inbounds i8*, i8** %0, i64 67
  %323 = load i8*, i8** %322, align 8
  %324 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %323, i8** %324, align 8
  %325 = getelementptr inbounds i8*, i8** %0, i64 8
  %326 = load i8*, i8** %325, align 8
  %327 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %326, i8** %327, align 8
  %328 = getelementptr inbounds i8*, i8** %0, i64 67
  %329 = load i8*, i8** %328, align 8
  %330 = getelementptr inbounds i8, i8* %329, i64 2048
  %331 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %330, i8** %331, align 8
  %332 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_138(i8* %332, i64 0, i64 1)
  %333 = getelementptr inbounds i8*, i8** %0, i64 67
  %334 = load i8*, i8** %333, align 8
  %335 = getelementptr inbounds i8, i8* %334, i64 2048
  %336 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %335, i8** %336, align 8
  %337 = getelementptr inbounds i8*, i8** %0, i64 63
  %338 = load i8*, i8** %337, align 8
  %339 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %338, i8** %339, align 8
  %340 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_139(i8* %340, i64 0, i64 1)
  %341 = getelementptr inbounds i8*, i8** %0, i64 67
  %342 = load i8*, i8** %341, align 8
  %343 = getelementptr inbounds i8, i8* %342, i64 2048
  %344 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %343, i8** %344, align 8
  %345 = getelementptr inbounds i8*, i8** %0, i64 67
  %346 = load i8*, i8** %345, align 8
  %347 = getelementptr inbounds i8, i8* %346, i64 16896
  %348 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %347, i8** %348, align 8
  %349 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_140(i8* %349, i64 0, i64 1)
  %350 = getelementptr inbounds i8*, i8** %0, i64 67
  %351 = load i8*, i8** %350, align 8
  %352 = getelementptr inbounds i8, i8* %351, i64 2048
  %353 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %352, i8** %353, align 8
  %354 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_141(i8* %354, i64 0, i64 1)
  %355 = getelementptr inbounds i8*, i8** %0, i64 67
  %356 = load i8*, i8** %355, align 8
  %357 = getelementptr inbounds i8, i8* %356, i64 4096
  %358 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %357, i8** %358, align 8
  %359 = getelementptr inbounds i8*, i8** %0, i64 67
  %360 = load i8*, i8** %359, align 8
  %361 = getelementptr inbounds i8, i8* %360, i64 16832
  %362 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %361, i8** %362, align 8
  %363 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_89(i8* %363, i64 0, i64 1)
  %364 = getelementptr inbounds i8*, i8** %0, i64 67
  %365 = load i8*, i8** %364, align 8
  %366 = getelementptr inbounds i8, i8* %365, i64 2048
  %367 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %366, i8** %367, align 8
  %368 = getelementptr inbounds i8*, i8** %0, i64 62
  %369 = load i8*, i8** %368, align 8
  %370 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %369, i8** %370, align 8
  %371 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_142(i8* %371, i64 0, i64 1)
  %372 = getelementptr inbounds i8*, i8** %0, i64 67
  %373 = load i8*, i8** %372, align 8
  %374 = getelementptr inbounds i8, i8* %373, i64 2048
  %375 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %374, i8** %375, align 8
  %376 = getelementptr inbounds i8*, i8** %0, i64 67
  %377 = load i8*, i8** %376, align 8
  %378 = getelementptr inbounds i8, i8* %377, i64 4096
  %379 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %378, i8** %379, align 8
  %380 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_143(i8* %380, i64 0, i64 1)
  %381 = getelementptr inbounds i8*, i8** %0, i64 61
  %382 = load i8*, i8** %381, align 8
  %383 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %382, i8** %383, align 8
  %384 = getelementptr inbounds i8*, i8** %0, i64 67
  %385 = load i8*, i8** %384, align 8
  %386 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %385, i8** %386, align 8
  %387 = getelementptr inbounds i8*, i8** %0, i64 67
  %388 = load i8*, i8** %387, align 8
  %389 = getelementptr inbounds i8, i8* %388, i64 2048
  %390 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %389, i8** %390, align 8
  %391 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_144(i8* %391, i64 0, i64 1)
  %392 = getelementptr inbounds i8*, i8** %0, i64 67
  %393 = load i8*, i8** %392, align 8
  %394 = getelementptr inbounds i8, i8* %393, i64 4096
  %395 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %394, i8** %395, align 8
  %396 = getelementptr inbounds i8*, i8** %0, i64 33
  %397 = load i8*, i8** %396, align 8
  %398 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %397, i8** %398, align 8
  %399 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %399, i64 0, i64 1)
  %400 = getelementptr inbounds i8*, i8** %0, i64 67
  %401 = load i8*, i8** %400, align 8
  %402 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %401, i8** %402, align 8
  %403 = getelementptr inbounds i8*, i8** %0, i64 29
  %404 = load i8*, i8** %403, align 8
  %405 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %404, i8** %405, align 8
  %406 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_132(i8* %406, i64 0, i64 1)
  %407 = getelementptr inbounds i8*, i8** %0, i64 67
  %408 = load i8*, i8** %407, align 8
  %409 = getelementptr inbounds i8, i8* %408, i64 2048
  %410 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %409, i8** %410, align 8
  %411 = getelementptr inbounds i8*, i8** %0, i64 67
  %412 = load i8*, i8** %411, align 8
  %413 = getelementptr inbounds i8, i8* %412, i64 9600
  %414 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %413, i8** %414, align 8
  %415 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_133(i8* %415, i64 0, i64 1)
  %416 = getelementptr inbounds i8*, i8** %0, i64 65
  %417 = load i8*, i8** %416, align 8
  %418 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %417, i8** %418, align 8
  %419 = getelementptr inbounds i8*, i8** %0, i64 67
  %420 = load i8*, i8** %419, align 8
  %421 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %420, i8** %421, align 8
  %422 = getelementptr inbounds i8*, i8** %0, i64 67
  %423 = load i8*, i8** %422, align 8
  %424 = getelementptr inbounds i8, i8* %423, i64 2048
  %425 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %424, i8** %425, align 8
  %426 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_134(i8* %426, i64 0, i64 1)
  %427 = getelementptr inbounds i8*, i8** %0, i64 67
  %428 = load i8*, i8** %427, align 8
  %429 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %428, i8** %429, align 8
  %430 = getelementptr inbounds i8*, i8** %0, i64 30
  %431 = load i8*, i8** %430, align 8
  %432 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %431, i8** %432, align 8
  %433 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_135(i8* %433, i64 0, i64 1)
  %434 = getelementptr inbounds i8*, i8** %0, i64 67
  %435 = load i8*, i8** %434, align 8
  %436 = getelementptr inbounds i8, i8* %435, i64 9600
  %437 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %436, i8** %437, align 8
  %438 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_136(i8* %438, i64 0, i64 1)
  %439 = getelementptr inbounds i8*, i8** %0, i64 67
  %440 = load i8*, i8** %439, align 8
  %441 = getelementptr inbounds i8, i8* %440, i64 9600
  %442 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %441, i8** %442, align 8
  %443 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_137(i8* %443, i64 0, i64 1)
  %444 = getelementptr inbounds i8*, i8** %0, i64 66
  %445 = load i8*, i8** %444, align 8
  %446 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %445, i8** %446, align 8
  %447 = getelementptr inbounds i8*, i8** %0, i64 67
  %448 = load i8*, i8** %447, align 8
  %449 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %448, i8** %449, align 8
  %450 = getelementptr inbounds i8*, i8** %0, i64 67
  %451 = load i8*, i8** %450, align 8
  %452 = getelementptr inbounds i8, i8* %451, i64 9600
  %453 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %452, i8** %453, align 8
  %454 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_134(i8* %454, i64 0, i64 1)
  %455 = getelementptr inbounds i8*, i8** %0, i64 67
  %456 = load i8*, i8** %455, align 8
  %457 = getelementptr inbounds i8, i8* %456, i64 2048
  %458 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %457, i8** %458, align 8
  %459 = getelementptr inbounds i8*, i8** %0, i64 67
  %460 = load i8*, i8** %459, align 8
  %461 = getelementptr inbounds i8, i8* %460, i64 4096
  %462 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %461, i8** %462, align 8
  %463 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_84(i8* %463, i64 0, i64 1)
  %464 = getelementptr inbounds i8*, i8** %0, i64 67
  %465 = load i8*, i8** %464, align 8
  %466 = getelementptr inbounds i8, i8* %465, i64 2048
  %467 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %466, i8** %467, align 8
  %468 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %468, i64 0, i64 1)
  %469 = getelementptr inbounds i8*, i8** %0, i64 67
  %470 = load i8*, i8** %469, align 8
  %471 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %470, i8** %471, align 8
  %472 = getelementptr inbounds i8*, i8** %0, i64 9
  %473 = load i8*, i8** %472, align 8
  %474 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %473, i8** %474, align 8
  %475 = getelementptr inbounds i8*, i8** %0, i64 67
  %476 = load i8*, i8** %475, align 8
  %477 = getelementptr inbounds i8, i8* %476, i64 2048
  %478 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %477, i8** %478, align 8
  %479 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_138(i8* %479, i64 0, i64 1)
  %480 = getelementptr inbounds i8*, i8** %0, i64 67
  %481 = load i8*, i8** %480, align 8
  %482 = getelementptr inbounds i8, i8* %481, i64 2048
  %483 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %482, i8** %483, align 8
  %484 = getelementptr inbounds i8*, i8** %0, i64 66
  %485 = load i8*, i8** %484, align 8
  %486 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %485, i8** %486, align 8
  %487 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_139(i8* %487, i64 0, i64 1)
  %488 = getelementptr inbounds i8*, i8** %0, i64 67
  %489 = load i8*, i8** %488, align 8
  %490 = getelementptr inbounds i8, i8* %489, i64 2048
  %491 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %490, i8** %491, align 8
  %492 = getelementptr inbounds i8*, i8** %0, i64 67
  %493 = load i8*, i8** %492, align 8
  %494 = getelementptr inbounds i8, i8* %493, i64 16896
  %495 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %494, i8** %495, align 8
  %496 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_140(i8* %496, i64 0, i64 1)
  %497 = getelementptr inbounds i8*, i8** %0, i64 67
  %498 = load i8*, i8** %497, align 8
  %499 = getelementptr inbounds i8, i8* %498, i64 2048
  %500 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %499, i8** %500, align 8
  %501 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_141(i8* %501, i64 0, i64 1)
  %502 = getelementptr inbounds i8*, i8** %0, i64 67
  %503 = load i8*, i8** %502, align 8
  %504 = getelementptr inbounds i8, i8* %503, i64 4096
  %505 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %504, i8** %505, align 8
  %506 = getelementptr inbounds i8*, i8** %0, i64 67
  %507 = load i8*, i8** %506, align 8
  %508 = getelementptr inbounds i8, i8* %507, i64 16832
  %509 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %508, i8** %509, align 8
  %510 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_89(i8* %510, i64 0, i64 1)
  %511 = getelementptr inbounds i8*, i8** %0, i64 67
  %512 = load i8*, i8** %511, align 8
  %513 = getelementptr inbounds i8, i8* %512, i64 2048
  %514 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %513, i8** %514, align 8
  %515 = getelementptr inbounds i8*, i8** %0, i64 65
  %516 = load i8*, i8** %515, align 8
  %517 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %516, i8** %517, align 8
  %518 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_142(i8* %518, i64 0, i64 1)
  %519 = getelementptr inbounds i8*, i8** %0, i64 67
  %520 = load i8*, i8** %519, align 8
  %521 = getelementptr inbounds i8, i8* %520, i64 2048
  %522 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %521, i8** %522, align 8
  %523 = getelementptr inbounds i8*, i8** %0, i64 67
  %524 = load i8*, i8** %523, align 8
  %525 = getelementptr inbounds i8, i8* %524, i64 4096
  %526 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %525, i8** %526, align 8
  %527 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_143(i8* %527, i64 0, i64 1)
  %528 = getelementptr inbounds i8*, i8** %0, i64 64
  %529 = load i8*, i8** %528, align 8
  %530 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %529, i8** %530, align 8
  %531 = getelementptr inbounds i8*, i8** %0, i64 67
  %532 = load i8*, i8** %531, align 8
  %533 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %532, i8** %533, align 8
  %534 = getelementptr inbounds i8*, i8** %0, i64 67
  %535 = load i8*, i8** %534, align 8
  %536 = getelementptr inbounds i8, i8* %535, i64 2048
  %537 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %536, i8** %537, align 8
  %538 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_144(i8* %538, i64 0, i64 1)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_132(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FECCCCCC0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_133(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FB99999A0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_134(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_135(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FEFF7CEE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_136(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_137(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3F50624DE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_138(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_139(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = call float @llvm.sqrt.f32(float %19)
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_140(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fdiv float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_141(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3E45798EE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_142(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fdiv float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_143(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 %20
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_144(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

attributes #0 = { nounwind }
attributes #1 = { noinline nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }
