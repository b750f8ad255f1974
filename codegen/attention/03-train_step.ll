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
  %254 = getelementptr inbounds i8, i8* %253, i64 21056
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
  %267 = getelementptr inbounds i8, i8* %266, i64 21056
  %268 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %267, i8** %268, align 8
  %269 = getelementptr inbounds i8*, i8** %0, i64 67
  %270 = load i8*, i8** %269, align 8
  %271 = getelementptr inbounds i8, i8* %270, i64 4224
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
  %283 = getelementptr inbounds i8, i8* %282, i64 4224
  %284 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %283, i8** %284, align 8
  %285 = getelementptr inbounds i8*, i8** %0, i64 67
  %286 = load i8*, i8** %285, align 8
  %287 = getelementptr inbounds i8, i8* %286, i64 4160
  %288 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %287, i8** %288, align 8
  %289 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_20(i8* %289, i64 0, i64 2)
  %290 = getelementptr inbounds i8*, i8** %0, i64 67
  %291 = load i8*, i8** %290, align 8
  %292 = getelementptr inbounds i8, i8* %291, i64 4160
  %293 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %292, i8** %293, align 8
  %294 = getelementptr inbounds i8*, i8** %0, i64 1
  %295 = load i8*, i8** %294, align 8
  %296 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %295, i8** %296, align 8
  %297 = getelementptr inbounds i8*, i8** %0, i64 67
  %298 = load i8*, i8** %297, align 8
  %299 = getelementptr inbounds i8, i8* %298, i64 9216
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
  %308 = getelementptr inbounds i8, i8* %307, i64 4160
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
  %317 = getelementptr inbounds i8, i8* %316, i64 9216
  %318 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %317, i8** %318, align 8
  %319 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_23(i8* %319, i64 0, i64 1)
  %320 = getelementptr inbounds i8*, i8** %0, i64 67
  %321 = load i8*, i8** %320, align 8
  %322 = getelementptr inbounds i8, i8* %321, i64 11648
  %323 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %322, i8** %323, align 8
  %324 = getelementptr inbounds i8*, i8** %0, i64 67
  %325 = load i8*, i8** %324, align 8
  %326 = getelementptr inbounds i8, i8* %325, i64 9216
  %327 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %326, i8** %327, align 8
  %328 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_24(i8* %328, i64 0, i64 2)
  %329 = getelementptr inbounds i8*, i8** %0, i64 67
  %330 = load i8*, i8** %329, align 8
  %331 = getelementptr inbounds i8, i8* %330, i64 11648
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
  %347 = getelementptr inbounds i8, i8* %346, i64 11648
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
  %375 = getelementptr inbounds i8, i8* %374, i64 19840
  %376 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %375, i8** %376, align 8
  %377 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_29(i8* %377, i64 0, i64 16)
  %378 = getelementptr inbounds i8*, i8** %0, i64 67
  %379 = load i8*, i8** %378, align 8
  %380 = getelementptr inbounds i8, i8* %379, i64 18816
  %381 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %380, i8** %381, align 8
  %382 = getelementptr inbounds i8*, i8** %0, i64 67
  %383 = load i8*, i8** %382, align 8
  %384 = getelementptr inbounds i8, i8* %383, i64 4096
  %385 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %384, i8** %385, align 8
  %386 = getelementptr inbounds i8*, i8** %0, i64 67
  %387 = load i8*, i8** %386, align 8
  %388 = getelementptr inbounds i8, i8* %387, i64 11648
  %389 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %388, i8** %389, align 8
  %390 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %390, i64 0, i64 16)
  %391 = getelementptr inbounds i8*, i8** %0, i64 67
  %392 = load i8*, i8** %391, align 8
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
  %401 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %400, i8** %401, align 8
  %402 = getelementptr inbounds i8*, i8** %0, i64 67
  %403 = load i8*, i8** %402, align 8
  %404 = getelementptr inbounds i8, i8* %403, i64 1024
  %405 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %404, i8** %405, align 8
  %406 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %406, i64 0, i64 16)
  %407 = getelementptr inbounds i8*, i8** %0, i64 67
  %408 = load i8*, i8** %407, align 8
  %409 = getelementptr inbounds i8, i8* %408, i64 1024
  %410 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %409, i8** %410, align 8
  %411 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %411, i64 0, i64 1)
  %412 = getelementptr inbounds i8*, i8** %0, i64 67
  %413 = load i8*, i8** %412, align 8
  %414 = getelementptr inbounds i8, i8* %413, i64 1024
  %415 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %414, i8** %415, align 8
  %416 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %416, i64 0, i64 1)
  %417 = getelementptr inbounds i8*, i8** %0, i64 67
  %418 = load i8*, i8** %417, align 8
  %419 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %418, i8** %419, align 8
  %420 = getelementptr inbounds i8*, i8** %0, i64 67
  %421 = load i8*, i8** %420, align 8
  %422 = getelementptr inbounds i8, i8* %421, i64 17792
  %423 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %422, i8** %423, align 8
  %424 = getelementptr inbounds i8*, i8** %0, i64 67
  %425 = load i8*, i8** %424, align 8
  %426 = getelementptr inbounds i8, i8* %425, i64 1024
  %427 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %426, i8** %427, align 8
  %428 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_35(i8* %428, i64 0, i64 16)
  %429 = getelementptr inbounds i8*, i8** %0, i64 67
  %430 = load i8*, i8** %429, align 8
  %431 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %430, i8** %431, align 8
  %432 = getelementptr inbounds i8*, i8** %0, i64 67
  %433 = load i8*, i8** %432, align 8
  %434 = getelementptr inbounds i8, i8* %433, i64 19840
  %435 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %434, i8** %435, align 8
  %436 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_36(i8* %436, i64 0, i64 1)
  %437 = getelementptr inbounds i8*, i8** %0, i64 67
  %438 = load i8*, i8** %437, align 8
  %439 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %438, i8** %439, align 8
  %440 = getelementptr inbounds i8*, i8** %0, i64 67
  %441 = load i8*, i8** %440, align 8
  %442 = getelementptr inbounds i8, i8* %441, i64 18816
  %443 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %442, i8** %443, align 8
  %444 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_37(i8* %444, i64 0, i64 16)
  %445 = getelementptr inbounds i8*, i8** %0, i64 67
  %446 = load i8*, i8** %445, align 8
  %447 = getelementptr inbounds i8, i8* %446, i64 19840
  %448 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %447, i8** %448, align 8
  %449 = getelementptr inbounds i8*, i8** %0, i64 7
  %450 = load i8*, i8** %449, align 8
  %451 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %450, i8** %451, align 8
  %452 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_38(i8* %452, i64 0, i64 16)
  %453 = getelementptr inbounds i8*, i8** %0, i64 67
  %454 = load i8*, i8** %453, align 8
  %455 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %454, i8** %455, align 8
  %456 = getelementptr inbounds i8*, i8** %0, i64 67
  %457 = load i8*, i8** %456, align 8
  %458 = getelementptr inbounds i8, i8* %457, i64 19840
  %459 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %458, i8** %459, align 8
  %460 = getelementptr inbounds i8*, i8** %0, i64 67
  %461 = load i8*, i8** %460, align 8
  %462 = getelementptr inbounds i8, i8* %461, i64 17792
  %463 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %462, i8** %463, align 8
  %464 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %464, i64 0, i64 1)
  %465 = getelementptr inbounds i8*, i8** %0, i64 67
  %466 = load i8*, i8** %465, align 8
  %467 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %466, i8** %467, align 8
  %468 = getelementptr inbounds i8*, i8** %0, i64 67
  %469 = load i8*, i8** %468, align 8
  %470 = getelementptr inbounds i8, i8* %469, i64 1088
  %471 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %470, i8** %471, align 8
  %472 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %472, i64 0, i64 16)
  %473 = getelementptr inbounds i8*, i8** %0, i64 67
  %474 = load i8*, i8** %473, align 8
  %475 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %474, i8** %475, align 8
  %476 = getelementptr inbounds i8*, i8** %0, i64 67
  %477 = load i8*, i8** %476, align 8
  %478 = getelementptr inbounds i8, i8* %477, i64 1024
  %479 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %478, i8** %479, align 8
  %480 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %480, i64 0, i64 1)
  %481 = getelementptr inbounds i8*, i8** %0, i64 67
  %482 = load i8*, i8** %481, align 8
  %483 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %482, i8** %483, align 8
  %484 = getelementptr inbounds i8*, i8** %0, i64 67
  %485 = load i8*, i8** %484, align 8
  %486 = getelementptr inbounds i8, i8* %485, i64 1088
  %487 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %486, i8** %487, align 8
  %488 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_41(i8* %488, i64 0, i64 1)
  %489 = getelementptr inbounds i8*, i8** %0, i64 67
  %490 = load i8*, i8** %489, align 8
  %491 = getelementptr inbounds i8, i8* %490, i64 17792
  %492 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %491, i8** %492, align 8
  %493 = getelementptr inbounds i8*, i8** %0, i64 67
  %494 = load i8*, i8** %493, align 8
  %495 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %494, i8** %495, align 8
  %496 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_42(i8* %496, i64 0, i64 16)
  %497 = getelementptr inbounds i8*, i8** %0, i64 67
  %498 = load i8*, i8** %497, align 8
  %499 = getelementptr inbounds i8, i8* %498, i64 19840
  %500 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %499, i8** %500, align 8
  %501 = getelementptr inbounds i8*, i8** %0, i64 67
  %502 = load i8*, i8** %501, align 8
  %503 = getelementptr inbounds i8, i8* %502, i64 17792
  %504 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %503, i8** %504, align 8
  %505 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %505, i64 0, i64 1)
  %506 = getelementptr inbounds i8*, i8** %0, i64 67
  %507 = load i8*, i8** %506, align 8
  %508 = getelementptr inbounds i8, i8* %507, i64 19840
  %509 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %508, i8** %509, align 8
  %510 = getelementptr inbounds i8*, i8** %0, i64 67
  %511 = load i8*, i8** %510, align 8
  %512 = getelementptr inbounds i8, i8* %511, i64 1024
  %513 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %512, i8** %513, align 8
  %514 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %514, i64 0, i64 16)
  %515 = getelementptr inbounds i8*, i8** %0, i64 67
  %516 = load i8*, i8** %515, align 8
  %517 = getelementptr inbounds i8, i8* %516, i64 19840
  %518 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %517, i8** %518, align 8
  %519 = getelementptr inbounds i8*, i8** %0, i64 67
  %520 = load i8*, i8** %519, align 8
  %521 = getelementptr inbounds i8, i8* %520, i64 9216
  %522 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %521, i8** %522, align 8
  %523 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_45(i8* %523, i64 0, i64 2)
  %524 = getelementptr inbounds i8*, i8** %0, i64 67
  %525 = load i8*, i8** %524, align 8
  %526 = getelementptr inbounds i8, i8* %525, i64 19840
  %527 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %526, i8** %527, align 8
  %528 = getelementptr inbounds i8*, i8** %0, i64 6
  %529 = load i8*, i8** %528, align 8
  %530 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %529, i8** %530, align 8
  %531 = getelementptr inbounds i8*, i8** %0, i64 67
  %532 = load i8*, i8** %531, align 8
  %533 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %532, i8** %533, align 8
  %534 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %534, i64 0, i64 16)
  %535 = getelementptr inbounds i8*, i8** %0, i64 67
  %536 = load i8*, i8** %535, align 8
  %537 = getelementptr inbounds i8, i8* %536, i64 16768
  %538 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %537, i8** %538, align 8
  %539 = getelementptr inbounds i8*, i8** %0, i64 67
  %540 = load i8*, i8** %539, align 8
  %541 = getelementptr inbounds i8, i8* %540, i64 19840
  %542 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %541, i8** %542, align 8
  %543 = getelementptr inbounds i8*, i8** %0, i64 67
  %544 = load i8*, i8** %543, align 8
  %545 = getelementptr inbounds i8, i8* %544, i64 17792
  %546 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %545, i8** %546, align 8
  %547 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %547, i64 0, i64 16)
  %548 = getelementptr inbounds i8*, i8** %0, i64 67
  %549 = load i8*, i8** %548, align 8
  %550 = getelementptr inbounds i8, i8* %549, i64 1024
  %551 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %550, i8** %551, align 8
  %552 = getelementptr inbounds i8*, i8** %0, i64 67
  %553 = load i8*, i8** %552, align 8
  %554 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %553, i8** %554, align 8
  %555 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %555, i64 0, i64 2)
  %556 = getelementptr inbounds i8*, i8** %0, i64 67
  %557 = load i8*, i8** %556, align 8
  %558 = getelementptr inbounds i8, i8* %557, i64 1024
  %559 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %558, i8** %559, align 8
  %560 = getelementptr inbounds i8*, i8** %0, i64 67
  %561 = load i8*, i8** %560, align 8
  %562 = getelementptr inbounds i8, i8* %561, i64 14720
  %563 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %562, i8** %563, align 8
  %564 = getelementptr inbounds i8*, i8** %0, i64 67
  %565 = load i8*, i8** %564, align 8
  %566 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %565, i8** %566, align 8
  %567 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %567, i64 0, i64 32)
  %568 = getelementptr inbounds i8*, i8** %0, i64 67
  %569 = load i8*, i8** %568, align 8
  %570 = getelementptr inbounds i8, i8* %569, i64 15744
  %571 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %570, i8** %571, align 8
  %572 = getelementptr inbounds i8*, i8** %0, i64 67
  %573 = load i8*, i8** %572, align 8
  %574 = getelementptr inbounds i8, i8* %573, i64 1024
  %575 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %574, i8** %575, align 8
  %576 = getelementptr inbounds i8*, i8** %0, i64 67
  %577 = load i8*, i8** %576, align 8
  %578 = getelementptr inbounds i8, i8* %577, i64 2048
  %579 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %578, i8** %579, align 8
  %580 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_48(i8* %580, i64 0, i64 32)
  %581 = getelementptr inbounds i8*, i8** %0, i64 67
  %582 = load i8*, i8** %581, align 8
  %583 = getelementptr inbounds i8, i8* %582, i64 1024
  %584 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %583, i8** %584, align 8
  %585 = getelementptr inbounds i8*, i8** %0, i64 67
  %586 = load i8*, i8** %585, align 8
  %587 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %586, i8** %587, align 8
  %588 = getelementptr inbounds i8*, i8** %0, i64 67
  %589 = load i8*, i8** %588, align 8
  %590 = getelementptr inbounds i8, i8* %589, i64 15744
  %591 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %590, i8** %591, align 8
  %592 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %592, i64 0, i64 1)
  %593 = getelementptr inbounds i8*, i8** %0, i64 67
  %594 = load i8*, i8** %593, align 8
  %595 = getelementptr inbounds i8, i8* %594, i64 1024
  %596 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %595, i8** %596, align 8
  %597 = getelementptr inbounds i8*, i8** %0, i64 67
  %598 = load i8*, i8** %597, align 8
  %599 = getelementptr inbounds i8, i8* %598, i64 3072
  %600 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %599, i8** %600, align 8
  %601 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_49(i8* %601, i64 0, i64 32)
  %602 = getelementptr inbounds i8*, i8** %0, i64 67
  %603 = load i8*, i8** %602, align 8
  %604 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %603, i8** %604, align 8
  %605 = getelementptr inbounds i8*, i8** %0, i64 67
  %606 = load i8*, i8** %605, align 8
  %607 = getelementptr inbounds i8, i8* %606, i64 3072
  %608 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %607, i8** %608, align 8
  %609 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_50(i8* %609, i64 0, i64 32)
  %610 = getelementptr inbounds i8*, i8** %0, i64 67
  %611 = load i8*, i8** %610, align 8
  %612 = getelementptr inbounds i8, i8* %611, i64 15744
  %613 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %612, i8** %613, align 8
  %614 = getelementptr inbounds i8*, i8** %0, i64 67
  %615 = load i8*, i8** %614, align 8
  %616 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %615, i8** %616, align 8
  %617 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_51(i8* %617, i64 0, i64 1)
  %618 = getelementptr inbounds i8*, i8** %0, i64 67
  %619 = load i8*, i8** %618, align 8
  %620 = getelementptr inbounds i8, i8* %619, i64 15744
  %621 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %620, i8** %621, align 8
  %622 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %622, i64 0, i64 1)
  %623 = getelementptr inbounds i8*, i8** %0, i64 67
  %624 = load i8*, i8** %623, align 8
  %625 = getelementptr inbounds i8, i8* %624, i64 15744
  %626 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %625, i8** %626, align 8
  %627 = getelementptr inbounds i8*, i8** %0, i64 67
  %628 = load i8*, i8** %627, align 8
  %629 = getelementptr inbounds i8, i8* %628, i64 13696
  %630 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %629, i8** %630, align 8
  %631 = getelementptr inbounds i8*, i8** %0, i64 67
  %632 = load i8*, i8** %631, align 8
  %633 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %632, i8** %633, align 8
  %634 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %634, i64 0, i64 32)
  %635 = getelementptr inbounds i8*, i8** %0, i64 67
  %636 = load i8*, i8** %635, align 8
  %637 = getelementptr inbounds i8, i8* %636, i64 15744
  %638 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %637, i8** %638, align 8
  %639 = getelementptr inbounds i8*, i8** %0, i64 67
  %640 = load i8*, i8** %639, align 8
  %641 = getelementptr inbounds i8, i8* %640, i64 8192
  %642 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %641, i8** %642, align 8
  %643 = getelementptr inbounds i8*, i8** %0, i64 67
  %644 = load i8*, i8** %643, align 8
  %645 = getelementptr inbounds i8, i8* %644, i64 1024
  %646 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %645, i8** %646, align 8
  %647 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_48(i8* %647, i64 0, i64 32)
  %648 = getelementptr inbounds i8*, i8** %0, i64 67
  %649 = load i8*, i8** %648, align 8
  %650 = getelementptr inbounds i8, i8* %649, i64 3072
  %651 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %650, i8** %651, align 8
  %652 = getelementptr inbounds i8*, i8** %0, i64 67
  %653 = load i8*, i8** %652, align 8
  %654 = getelementptr inbounds i8, i8* %653, i64 2048
  %655 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %654, i8** %655, align 8
  %656 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %656, i64 0, i64 2)
  %657 = getelementptr inbounds i8*, i8** %0, i64 67
  %658 = load i8*, i8** %657, align 8
  %659 = getelementptr inbounds i8, i8* %658, i64 3072
  %660 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %659, i8** %660, align 8
  %661 = getelementptr inbounds i8*, i8** %0, i64 5
  %662 = load i8*, i8** %661, align 8
  %663 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %662, i8** %663, align 8
  %664 = getelementptr inbounds i8*, i8** %0, i64 67
  %665 = load i8*, i8** %664, align 8
  %666 = getelementptr inbounds i8, i8* %665, i64 2048
  %667 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %666, i8** %667, align 8
  %668 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %668, i64 0, i64 16)
  %669 = getelementptr inbounds i8*, i8** %0, i64 67
  %670 = load i8*, i8** %669, align 8
  %671 = getelementptr inbounds i8, i8* %670, i64 7168
  %672 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %671, i8** %672, align 8
  %673 = getelementptr inbounds i8*, i8** %0, i64 67
  %674 = load i8*, i8** %673, align 8
  %675 = getelementptr inbounds i8, i8* %674, i64 3072
  %676 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %675, i8** %676, align 8
  %677 = getelementptr inbounds i8*, i8** %0, i64 67
  %678 = load i8*, i8** %677, align 8
  %679 = getelementptr inbounds i8, i8* %678, i64 13696
  %680 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %679, i8** %680, align 8
  %681 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %681, i64 0, i64 16)
  %682 = getelementptr inbounds i8*, i8** %0, i64 67
  %683 = load i8*, i8** %682, align 8
  %684 = getelementptr inbounds i8, i8* %683, i64 3072
  %685 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %684, i8** %685, align 8
  %686 = getelementptr inbounds i8*, i8** %0, i64 67
  %687 = load i8*, i8** %686, align 8
  %688 = getelementptr inbounds i8, i8* %687, i64 1024
  %689 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %688, i8** %689, align 8
  %690 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %690, i64 0, i64 2)
  %691 = getelementptr inbounds i8*, i8** %0, i64 67
  %692 = load i8*, i8** %691, align 8
  %693 = getelementptr inbounds i8, i8* %692, i64 3072
  %694 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %693, i8** %694, align 8
  %695 = getelementptr inbounds i8*, i8** %0, i64 4
  %696 = load i8*, i8** %695, align 8
  %697 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %696, i8** %697, align 8
  %698 = getelementptr inbounds i8*, i8** %0, i64 67
  %699 = load i8*, i8** %698, align 8
  %700 = getelementptr inbounds i8, i8* %699, i64 1024
  %701 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %700, i8** %701, align 8
  %702 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %702, i64 0, i64 16)
  %703 = getelementptr inbounds i8*, i8** %0, i64 67
  %704 = load i8*, i8** %703, align 8
  %705 = getelementptr inbounds i8, i8* %704, i64 7168
  %706 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %705, i8** %706, align 8
  %707 = getelementptr inbounds i8*, i8** %0, i64 67
  %708 = load i8*, i8** %707, align 8
  %709 = getelementptr inbounds i8, i8* %708, i64 3072
  %710 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %709, i8** %710, align 8
  %711 = getelementptr inbounds i8*, i8** %0, i64 67
  %712 = load i8*, i8** %711, align 8
  %713 = getelementptr inbounds i8, i8* %712, i64 14720
  %714 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %713, i8** %714, align 8
  %715 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %715, i64 0, i64 16)
  %716 = getelementptr inbounds i8*, i8** %0, i64 67
  %717 = load i8*, i8** %716, align 8
  %718 = getelementptr inbounds i8, i8* %717, i64 2048
  %719 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %718, i8** %719, align 8
  %720 = getelementptr inbounds i8*, i8** %0, i64 67
  %721 = load i8*, i8** %720, align 8
  %722 = getelementptr inbounds i8, i8* %721, i64 1024
  %723 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %722, i8** %723, align 8
  %724 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_52(i8* %724, i64 0, i64 1)
  %725 = getelementptr inbounds i8*, i8** %0, i64 67
  %726 = load i8*, i8** %725, align 8
  %727 = getelementptr inbounds i8, i8* %726, i64 1024
  %728 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %727, i8** %728, align 8
  %729 = getelementptr inbounds i8*, i8** %0, i64 67
  %730 = load i8*, i8** %729, align 8
  %731 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %730, i8** %731, align 8
  %732 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %732, i64 0, i64 2)
  %733 = getelementptr inbounds i8*, i8** %0, i64 67
  %734 = load i8*, i8** %733, align 8
  %735 = getelementptr inbounds i8, i8* %734, i64 1024
  %736 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %735, i8** %736, align 8
  %737 = getelementptr inbounds i8*, i8** %0, i64 3
  %738 = load i8*, i8** %737, align 8
  %739 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %738, i8** %739, align 8
  %740 = getelementptr inbounds i8*, i8** %0, i64 67
  %741 = load i8*, i8** %740, align 8
  %742 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %741, i8** %742, align 8
  %743 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %743, i64 0, i64 16)
  %744 = getelementptr inbounds i8*, i8** %0, i64 67
  %745 = load i8*, i8** %744, align 8
  %746 = getelementptr inbounds i8, i8* %745, i64 7168
  %747 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %746, i8** %747, align 8
  %748 = getelementptr inbounds i8*, i8** %0, i64 67
  %749 = load i8*, i8** %748, align 8
  %750 = getelementptr inbounds i8, i8* %749, i64 1024
  %751 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %750, i8** %751, align 8
  %752 = getelementptr inbounds i8*, i8** %0, i64 67
  %753 = load i8*, i8** %752, align 8
  %754 = getelementptr inbounds i8, i8* %753, i64 15744
  %755 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %754, i8** %755, align 8
  %756 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %756, i64 0, i64 16)
  %757 = getelementptr inbounds i8*, i8** %0, i64 67
  %758 = load i8*, i8** %757, align 8
  %759 = getelementptr inbounds i8, i8* %758, i64 2048
  %760 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %759, i8** %760, align 8
  %761 = getelementptr inbounds i8*, i8** %0, i64 67
  %762 = load i8*, i8** %761, align 8
  %763 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %762, i8** %763, align 8
  %764 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_52(i8* %764, i64 0, i64 1)
  %765 = getelementptr inbounds i8*, i8** %0, i64 67
  %766 = load i8*, i8** %765, align 8
  %767 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %766, i8** %767, align 8
  %768 = getelementptr inbounds i8*, i8** %0, i64 67
  %769 = load i8*, i8** %768, align 8
  %770 = getelementptr inbounds i8, i8* %769, i64 6144
  %771 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %770, i8** %771, align 8
  %772 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %772, i64 0, i64 1)
  %773 = getelementptr inbounds i8*, i8** %0, i64 67
  %774 = load i8*, i8** %773, align 8
  %775 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %774, i8** %775, align 8
  %776 = getelementptr inbounds i8*, i8** %0, i64 67
  %777 = load i8*, i8** %776, align 8
  %778 = getelementptr inbounds i8, i8* %777, i64 1024
  %779 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %778, i8** %779, align 8
  %780 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %780, i64 0, i64 16)
  %781 = getelementptr inbounds i8*, i8** %0, i64 67
  %782 = load i8*, i8** %781, align 8
  %783 = getelementptr inbounds i8, i8* %782, i64 1024
  %784 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %783, i8** %784, align 8
  %785 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %785, i64 0, i64 1)
  %786 = getelementptr inbounds i8*, i8** %0, i64 67
  %787 = load i8*, i8** %786, align 8
  %788 = getelementptr inbounds i8, i8* %787, i64 1024
  %789 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %788, i8** %789, align 8
  %790 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %790, i64 0, i64 1)
  %791 = getelementptr inbounds i8*, i8** %0, i64 67
  %792 = load i8*, i8** %791, align 8
  %793 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %792, i8** %793, align 8
  %794 = getelementptr inbounds i8*, i8** %0, i64 67
  %795 = load i8*, i8** %794, align 8
  %796 = getelementptr inbounds i8, i8* %795, i64 6144
  %797 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %796, i8** %797, align 8
  %798 = getelementptr inbounds i8*, i8** %0, i64 67
  %799 = load i8*, i8** %798, align 8
  %800 = getelementptr inbounds i8, i8* %799, i64 1024
  %801 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %800, i8** %801, align 8
  %802 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_35(i8* %802, i64 0, i64 16)
  %803 = getelementptr inbounds i8*, i8** %0, i64 67
  %804 = load i8*, i8** %803, align 8
  %805 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %804, i8** %805, align 8
  %806 = getelementptr inbounds i8*, i8** %0, i64 67
  %807 = load i8*, i8** %806, align 8
  %808 = getelementptr inbounds i8, i8* %807, i64 2048
  %809 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %808, i8** %809, align 8
  %810 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_36(i8* %810, i64 0, i64 1)
  %811 = getelementptr inbounds i8*, i8** %0, i64 67
  %812 = load i8*, i8** %811, align 8
  %813 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %812, i8** %813, align 8
  %814 = getelementptr inbounds i8*, i8** %0, i64 67
  %815 = load i8*, i8** %814, align 8
  %816 = getelementptr inbounds i8, i8* %815, i64 16768
  %817 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %816, i8** %817, align 8
  %818 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_37(i8* %818, i64 0, i64 16)
  %819 = getelementptr inbounds i8*, i8** %0, i64 67
  %820 = load i8*, i8** %819, align 8
  %821 = getelementptr inbounds i8, i8* %820, i64 2048
  %822 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %821, i8** %822, align 8
  %823 = getelementptr inbounds i8*, i8** %0, i64 2
  %824 = load i8*, i8** %823, align 8
  %825 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %824, i8** %825, align 8
  %826 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_38(i8* %826, i64 0, i64 16)
  %827 = getelementptr inbounds i8*, i8** %0, i64 67
  %828 = load i8*, i8** %827, align 8
  %829 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %828, i8** %829, align 8
  %830 = getelementptr inbounds i8*, i8** %0, i64 67
  %831 = load i8*, i8** %830, align 8
  %832 = getelementptr inbounds i8, i8* %831, i64 2048
  %833 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %832, i8** %833, align 8
  %834 = getelementptr inbounds i8*, i8** %0, i64 67
  %835 = load i8*, i8** %834, align 8
  %836 = getelementptr inbounds i8, i8* %835, i64 6144
  %837 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %836, i8** %837, align 8
  %838 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %838, i64 0, i64 1)
  %839 = getelementptr inbounds i8*, i8** %0, i64 67
  %840 = load i8*, i8** %839, align 8
  %841 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %840, i8** %841, align 8
  %842 = getelementptr inbounds i8*, i8** %0, i64 67
  %843 = load i8*, i8** %842, align 8
  %844 = getelementptr inbounds i8, i8* %843, i64 1088
  %845 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %844, i8** %845, align 8
  %846 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %846, i64 0, i64 16)
  %847 = getelementptr inbounds i8*, i8** %0, i64 67
  %848 = load i8*, i8** %847, align 8
  %849 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %848, i8** %849, align 8
  %850 = getelementptr inbounds i8*, i8** %0, i64 67
  %851 = load i8*, i8** %850, align 8
  %852 = getelementptr inbounds i8, i8* %851, i64 1024
  %853 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %852, i8** %853, align 8
  %854 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %854, i64 0, i64 1)
  %855 = getelementptr inbounds i8*, i8** %0, i64 67
  %856 = load i8*, i8** %855, align 8
  %857 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %856, i8** %857, align 8
  %858 = getelementptr inbounds i8*, i8** %0, i64 67
  %859 = load i8*, i8** %858, align 8
  %860 = getelementptr inbounds i8, i8* %859, i64 1088
  %861 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %860, i8** %861, align 8
  %862 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_41(i8* %862, i64 0, i64 1)
  %863 = getelementptr inbounds i8*, i8** %0, i64 67
  %864 = load i8*, i8** %863, align 8
  %865 = getelementptr inbounds i8, i8* %864, i64 6144
  %866 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %865, i8** %866, align 8
  %867 = getelementptr inbounds i8*, i8** %0, i64 67
  %868 = load i8*, i8** %867, align 8
  %869 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %868, i8** %869, align 8
  %870 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_42(i8* %870, i64 0, i64 16)
  %871 = getelementptr inbounds i8*, i8** %0, i64 67
  %872 = load i8*, i8** %871, align 8
  %873 = getelementptr inbounds i8, i8* %872, i64 2048
  %874 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %873, i8** %874, align 8
  %875 = getelementptr inbounds i8*, i8** %0, i64 67
  %876 = load i8*, i8** %875, align 8
  %877 = getelementptr inbounds i8, i8* %876, i64 6144
  %878 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %877, i8** %878, align 8
  %879 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %879, i64 0, i64 1)
  %880 = getelementptr inbounds i8*, i8** %0, i64 67
  %881 = load i8*, i8** %880, align 8
  %882 = getelementptr inbounds i8, i8* %881, i64 2048
  %883 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %882, i8** %883, align 8
  %884 = getelementptr inbounds i8*, i8** %0, i64 67
  %885 = load i8*, i8** %884, align 8
  %886 = getelementptr inbounds i8, i8* %885, i64 1024
  %887 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %886, i8** %887, align 8
  %888 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %888, i64 0, i64 16)
  %889 = getelementptr inbounds i8*, i8** %0, i64 67
  %890 = load i8*, i8** %889, align 8
  %891 = getelementptr inbounds i8, i8* %890, i64 19840
  %892 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %891, i8** %892, align 8
  %893 = getelementptr inbounds i8*, i8** %0, i64 67
  %894 = load i8*, i8** %893, align 8
  %895 = getelementptr inbounds i8, i8* %894, i64 2048
  %896 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %895, i8** %896, align 8
  %897 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_52(i8* %897, i64 0, i64 1)
  %898 = getelementptr inbounds i8*, i8** %0, i64 31
  %899 = load i8*, i8** %898, align 8
  %900 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %899, i8** %900, align 8
  %901 = bitcast i8** %pointers to i8*
  %902 = call i1 @eptc_check_1(i8* %901)
  br i1 %902, label %invalid5, label %valid6

invalid5:                                         ; preds = %valid4
  ret i32 125

valid6:                                           ; preds = %valid4
  %903 = getelementptr inbounds i8*, i8** %0, i64 67
  %904 = load i8*, i8** %903, align 8
  %905 = getelementptr inbounds i8, i8* %904, i64 19840
  %906 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %905, i8** %906, align 8
  %907 = getelementptr inbounds i8*, i8** %0, i64 31
  %908 = load i8*, i8** %907, align 8
  %909 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %908, i8** %909, align 8
  %910 = getelementptr inbounds i8*, i8** %0, i64 67
  %911 = load i8*, i8** %910, align 8
  %912 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %911, i8** %912, align 8
  %913 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_53(i8* %913, i64 0, i64 1)
  %914 = getelementptr inbounds i8*, i8** %0, i64 67
  %915 = load i8*, i8** %914, align 8
  %916 = getelementptr inbounds i8, i8* %915, i64 3200
  %917 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %916, i8** %917, align 8
  %918 = getelementptr inbounds i8*, i8** %0, i64 67
  %919 = load i8*, i8** %918, align 8
  %920 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %919, i8** %920, align 8
  %921 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_54(i8* %921, i64 0, i64 1)
  %922 = getelementptr inbounds i8*, i8** %0, i64 67
  %923 = load i8*, i8** %922, align 8
  %924 = getelementptr inbounds i8, i8* %923, i64 3200
  %925 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %924, i8** %925, align 8
  %926 = getelementptr inbounds i8*, i8** %0, i64 67
  %927 = load i8*, i8** %926, align 8
  %928 = getelementptr inbounds i8, i8* %927, i64 6400
  %929 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %928, i8** %929, align 8
  %930 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_55(i8* %930, i64 0, i64 1)
  %931 = getelementptr inbounds i8*, i8** %0, i64 67
  %932 = load i8*, i8** %931, align 8
  %933 = getelementptr inbounds i8, i8* %932, i64 3200
  %934 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %933, i8** %934, align 8
  %935 = getelementptr inbounds i8*, i8** %0, i64 67
  %936 = load i8*, i8** %935, align 8
  %937 = getelementptr inbounds i8, i8* %936, i64 20864
  %938 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %937, i8** %938, align 8
  %939 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_56(i8* %939, i64 0, i64 1)
  %940 = getelementptr inbounds i8*, i8** %0, i64 67
  %941 = load i8*, i8** %940, align 8
  %942 = getelementptr inbounds i8, i8* %941, i64 3200
  %943 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %942, i8** %943, align 8
  %944 = getelementptr inbounds i8*, i8** %0, i64 67
  %945 = load i8*, i8** %944, align 8
  %946 = getelementptr inbounds i8, i8* %945, i64 3392
  %947 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %946, i8** %947, align 8
  %948 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_57(i8* %948, i64 0, i64 1)
  %949 = getelementptr inbounds i8*, i8** %0, i64 67
  %950 = load i8*, i8** %949, align 8
  %951 = getelementptr inbounds i8, i8* %950, i64 6400
  %952 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %951, i8** %952, align 8
  %953 = getelementptr inbounds i8*, i8** %0, i64 67
  %954 = load i8*, i8** %953, align 8
  %955 = getelementptr inbounds i8, i8* %954, i64 3392
  %956 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %955, i8** %956, align 8
  %957 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %957, i64 0, i64 1)
  %958 = getelementptr inbounds i8*, i8** %0, i64 67
  %959 = load i8*, i8** %958, align 8
  %960 = getelementptr inbounds i8, i8* %959, i64 3200
  %961 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %960, i8** %961, align 8
  %962 = getelementptr inbounds i8*, i8** %0, i64 67
  %963 = load i8*, i8** %962, align 8
  %964 = getelementptr inbounds i8, i8* %963, i64 16768
  %965 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %964, i8** %965, align 8
  %966 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %966, i64 0, i64 1)
  %967 = getelementptr inbounds i8*, i8** %0, i64 67
  %968 = load i8*, i8** %967, align 8
  %969 = getelementptr inbounds i8, i8* %968, i64 3200
  %970 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %969, i8** %970, align 8
  %971 = getelementptr inbounds i8*, i8** %0, i64 67
  %972 = load i8*, i8** %971, align 8
  %973 = getelementptr inbounds i8, i8* %972, i64 3264
  %974 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %973, i8** %974, align 8
  %975 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_59(i8* %975, i64 0, i64 1)
  %976 = getelementptr inbounds i8*, i8** %0, i64 67
  %977 = load i8*, i8** %976, align 8
  %978 = getelementptr inbounds i8, i8* %977, i64 6400
  %979 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %978, i8** %979, align 8
  %980 = getelementptr inbounds i8*, i8** %0, i64 67
  %981 = load i8*, i8** %980, align 8
  %982 = getelementptr inbounds i8, i8* %981, i64 3264
  %983 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %982, i8** %983, align 8
  %984 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %984, i64 0, i64 1)
  %985 = getelementptr inbounds i8*, i8** %0, i64 67
  %986 = load i8*, i8** %985, align 8
  %987 = getelementptr inbounds i8, i8* %986, i64 3200
  %988 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %987, i8** %988, align 8
  %989 = getelementptr inbounds i8*, i8** %0, i64 67
  %990 = load i8*, i8** %989, align 8
  %991 = getelementptr inbounds i8, i8* %990, i64 15744
  %992 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %991, i8** %992, align 8
  %993 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %993, i64 0, i64 1)
  %994 = getelementptr inbounds i8*, i8** %0, i64 67
  %995 = load i8*, i8** %994, align 8
  %996 = getelementptr inbounds i8, i8* %995, i64 3200
  %997 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %996, i8** %997, align 8
  %998 = getelementptr inbounds i8*, i8** %0, i64 67
  %999 = load i8*, i8** %998, align 8
  %1000 = getelementptr inbounds i8, i8* %999, i64 4224
  %1001 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1000, i8** %1001, align 8
  %1002 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_60(i8* %1002, i64 0, i64 1)
  %1003 = getelementptr inbounds i8*, i8** %0, i64 67
  %1004 = load i8*, i8** %1003, align 8
  %1005 = getelementptr inbounds i8, i8* %1004, i64 6400
  %1006 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1005, i8** %1006, align 8
  %1007 = getelementptr inbounds i8*, i8** %0, i64 67
  %1008 = load i8*, i8** %1007, align 8
  %1009 = getelementptr inbounds i8, i8* %1008, i64 4224
  %1010 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1009, i8** %1010, align 8
  %1011 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1011, i64 0, i64 1)
  %1012 = getelementptr inbounds i8*, i8** %0, i64 67
  %1013 = load i8*, i8** %1012, align 8
  %1014 = getelementptr inbounds i8, i8* %1013, i64 3200
  %1015 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1014, i8** %1015, align 8
  %1016 = getelementptr inbounds i8*, i8** %0, i64 67
  %1017 = load i8*, i8** %1016, align 8
  %1018 = getelementptr inbounds i8, i8* %1017, i64 14720
  %1019 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1018, i8** %1019, align 8
  %1020 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %1020, i64 0, i64 1)
  %1021 = getelementptr inbounds i8*, i8** %0, i64 67
  %1022 = load i8*, i8** %1021, align 8
  %1023 = getelementptr inbounds i8, i8* %1022, i64 3200
  %1024 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1023, i8** %1024, align 8
  %1025 = getelementptr inbounds i8*, i8** %0, i64 67
  %1026 = load i8*, i8** %1025, align 8
  %1027 = getelementptr inbounds i8, i8* %1026, i64 4224
  %1028 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1027, i8** %1028, align 8
  %1029 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_60(i8* %1029, i64 0, i64 1)
  %1030 = getelementptr inbounds i8*, i8** %0, i64 67
  %1031 = load i8*, i8** %1030, align 8
  %1032 = getelementptr inbounds i8, i8* %1031, i64 6400
  %1033 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1032, i8** %1033, align 8
  %1034 = getelementptr inbounds i8*, i8** %0, i64 67
  %1035 = load i8*, i8** %1034, align 8
  %1036 = getelementptr inbounds i8, i8* %1035, i64 4224
  %1037 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1036, i8** %1037, align 8
  %1038 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1038, i64 0, i64 1)
  %1039 = getelementptr inbounds i8*, i8** %0, i64 67
  %1040 = load i8*, i8** %1039, align 8
  %1041 = getelementptr inbounds i8, i8* %1040, i64 3200
  %1042 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1041, i8** %1042, align 8
  %1043 = getelementptr inbounds i8*, i8** %0, i64 67
  %1044 = load i8*, i8** %1043, align 8
  %1045 = getelementptr inbounds i8, i8* %1044, i64 13696
  %1046 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1045, i8** %1046, align 8
  %1047 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %1047, i64 0, i64 1)
  %1048 = getelementptr inbounds i8*, i8** %0, i64 67
  %1049 = load i8*, i8** %1048, align 8
  %1050 = getelementptr inbounds i8, i8* %1049, i64 3200
  %1051 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1050, i8** %1051, align 8
  %1052 = getelementptr inbounds i8*, i8** %0, i64 67
  %1053 = load i8*, i8** %1052, align 8
  %1054 = getelementptr inbounds i8, i8* %1053, i64 4224
  %1055 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1054, i8** %1055, align 8
  %1056 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_60(i8* %1056, i64 0, i64 1)
  %1057 = getelementptr inbounds i8*, i8** %0, i64 67
  %1058 = load i8*, i8** %1057, align 8
  %1059 = getelementptr inbounds i8, i8* %1058, i64 6400
  %1060 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1059, i8** %1060, align 8
  %1061 = getelementptr inbounds i8*, i8** %0, i64 67
  %1062 = load i8*, i8** %1061, align 8
  %1063 = getelementptr inbounds i8, i8* %1062, i64 4224
  %1064 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1063, i8** %1064, align 8
  %1065 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1065, i64 0, i64 1)
  %1066 = getelementptr inbounds i8*, i8** %0, i64 67
  %1067 = load i8*, i8** %1066, align 8
  %1068 = getelementptr inbounds i8, i8* %1067, i64 3200
  %1069 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1068, i8** %1069, align 8
  %1070 = getelementptr inbounds i8*, i8** %0, i64 67
  %1071 = load i8*, i8** %1070, align 8
  %1072 = getelementptr inbounds i8, i8* %1071, i64 17792
  %1073 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1072, i8** %1073, align 8
  %1074 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %1074, i64 0, i64 1)
  %1075 = getelementptr inbounds i8*, i8** %0, i64 67
  %1076 = load i8*, i8** %1075, align 8
  %1077 = getelementptr inbounds i8, i8* %1076, i64 3200
  %1078 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1077, i8** %1078, align 8
  %1079 = getelementptr inbounds i8*, i8** %0, i64 67
  %1080 = load i8*, i8** %1079, align 8
  %1081 = getelementptr inbounds i8, i8* %1080, i64 4224
  %1082 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1081, i8** %1082, align 8
  %1083 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_60(i8* %1083, i64 0, i64 1)
  %1084 = getelementptr inbounds i8*, i8** %0, i64 67
  %1085 = load i8*, i8** %1084, align 8
  %1086 = getelementptr inbounds i8, i8* %1085, i64 6400
  %1087 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1086, i8** %1087, align 8
  %1088 = getelementptr inbounds i8*, i8** %0, i64 67
  %1089 = load i8*, i8** %1088, align 8
  %1090 = getelementptr inbounds i8, i8* %1089, i64 4224
  %1091 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1090, i8** %1091, align 8
  %1092 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1092, i64 0, i64 1)
  %1093 = getelementptr inbounds i8*, i8** %0, i64 67
  %1094 = load i8*, i8** %1093, align 8
  %1095 = getelementptr inbounds i8, i8* %1094, i64 3200
  %1096 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1095, i8** %1096, align 8
  %1097 = getelementptr inbounds i8*, i8** %0, i64 67
  %1098 = load i8*, i8** %1097, align 8
  %1099 = getelementptr inbounds i8, i8* %1098, i64 18816
  %1100 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1099, i8** %1100, align 8
  %1101 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %1101, i64 0, i64 1)
  %1102 = getelementptr inbounds i8*, i8** %0, i64 67
  %1103 = load i8*, i8** %1102, align 8
  %1104 = getelementptr inbounds i8, i8* %1103, i64 3200
  %1105 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1104, i8** %1105, align 8
  %1106 = getelementptr inbounds i8*, i8** %0, i64 67
  %1107 = load i8*, i8** %1106, align 8
  %1108 = getelementptr inbounds i8, i8* %1107, i64 3264
  %1109 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1108, i8** %1109, align 8
  %1110 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_59(i8* %1110, i64 0, i64 1)
  %1111 = getelementptr inbounds i8*, i8** %0, i64 67
  %1112 = load i8*, i8** %1111, align 8
  %1113 = getelementptr inbounds i8, i8* %1112, i64 6400
  %1114 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1113, i8** %1114, align 8
  %1115 = getelementptr inbounds i8*, i8** %0, i64 67
  %1116 = load i8*, i8** %1115, align 8
  %1117 = getelementptr inbounds i8, i8* %1116, i64 3264
  %1118 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1117, i8** %1118, align 8
  %1119 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1119, i64 0, i64 1)
  %1120 = getelementptr inbounds i8*, i8** %0, i64 67
  %1121 = load i8*, i8** %1120, align 8
  %1122 = getelementptr inbounds i8, i8* %1121, i64 3200
  %1123 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1122, i8** %1123, align 8
  %1124 = getelementptr inbounds i8*, i8** %0, i64 67
  %1125 = load i8*, i8** %1124, align 8
  %1126 = getelementptr inbounds i8, i8* %1125, i64 11648
  %1127 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1126, i8** %1127, align 8
  %1128 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_61(i8* %1128, i64 0, i64 1)
  %1129 = getelementptr inbounds i8*, i8** %0, i64 67
  %1130 = load i8*, i8** %1129, align 8
  %1131 = getelementptr inbounds i8, i8* %1130, i64 3200
  %1132 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1131, i8** %1132, align 8
  %1133 = getelementptr inbounds i8*, i8** %0, i64 67
  %1134 = load i8*, i8** %1133, align 8
  %1135 = getelementptr inbounds i8, i8* %1134, i64 5248
  %1136 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1135, i8** %1136, align 8
  %1137 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_62(i8* %1137, i64 0, i64 1)
  %1138 = getelementptr inbounds i8*, i8** %0, i64 67
  %1139 = load i8*, i8** %1138, align 8
  %1140 = getelementptr inbounds i8, i8* %1139, i64 6400
  %1141 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1140, i8** %1141, align 8
  %1142 = getelementptr inbounds i8*, i8** %0, i64 67
  %1143 = load i8*, i8** %1142, align 8
  %1144 = getelementptr inbounds i8, i8* %1143, i64 5248
  %1145 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1144, i8** %1145, align 8
  %1146 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1146, i64 0, i64 1)
  %1147 = getelementptr inbounds i8*, i8** %0, i64 67
  %1148 = load i8*, i8** %1147, align 8
  %1149 = getelementptr inbounds i8, i8* %1148, i64 3200
  %1150 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1149, i8** %1150, align 8
  %1151 = getelementptr inbounds i8*, i8** %0, i64 67
  %1152 = load i8*, i8** %1151, align 8
  %1153 = getelementptr inbounds i8, i8* %1152, i64 9600
  %1154 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1153, i8** %1154, align 8
  %1155 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_61(i8* %1155, i64 0, i64 1)
  %1156 = getelementptr inbounds i8*, i8** %0, i64 67
  %1157 = load i8*, i8** %1156, align 8
  %1158 = getelementptr inbounds i8, i8* %1157, i64 3200
  %1159 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1158, i8** %1159, align 8
  %1160 = getelementptr inbounds i8*, i8** %0, i64 67
  %1161 = load i8*, i8** %1160, align 8
  %1162 = getelementptr inbounds i8, i8* %1161, i64 5248
  %1163 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1162, i8** %1163, align 8
  %1164 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_62(i8* %1164, i64 0, i64 1)
  %1165 = getelementptr inbounds i8*, i8** %0, i64 67
  %1166 = load i8*, i8** %1165, align 8
  %1167 = getelementptr inbounds i8, i8* %1166, i64 6400
  %1168 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1167, i8** %1168, align 8
  %1169 = getelementptr inbounds i8*, i8** %0, i64 67
  %1170 = load i8*, i8** %1169, align 8
  %1171 = getelementptr inbounds i8, i8* %1170, i64 5248
  %1172 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1171, i8** %1172, align 8
  %1173 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %1173, i64 0, i64 1)
  %1174 = getelementptr inbounds i8*, i8** %0, i64 35
  %1175 = load i8*, i8** %1174, align 8
  %1176 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1175, i8** %1176, align 8
  %1177 = getelementptr inbounds i8*, i8** %0, i64 67
  %1178 = load i8*, i8** %1177, align 8
  %1179 = getelementptr inbounds i8, i8* %1178, i64 6400
  %1180 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1179, i8** %1180, align 8
  %1181 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_63(i8* %1181, i64 0, i64 1)
  %1182 = getelementptr inbounds i8*, i8** %0, i64 67
  %1183 = load i8*, i8** %1182, align 8
  %1184 = getelementptr inbounds i8, i8* %1183, i64 3200
  %1185 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1184, i8** %1185, align 8
  %1186 = getelementptr inbounds i8*, i8** %0, i64 35
  %1187 = load i8*, i8** %1186, align 8
  %1188 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1187, i8** %1188, align 8
  %1189 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_64(i8* %1189, i64 0, i64 1)
  %1190 = getelementptr inbounds i8*, i8** %0, i64 67
  %1191 = load i8*, i8** %1190, align 8
  %1192 = getelementptr inbounds i8, i8* %1191, i64 3200
  %1193 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1192, i8** %1193, align 8
  %1194 = getelementptr inbounds i8*, i8** %0, i64 67
  %1195 = load i8*, i8** %1194, align 8
  %1196 = getelementptr inbounds i8, i8* %1195, i64 21056
  %1197 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1196, i8** %1197, align 8
  %1198 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_65(i8* %1198, i64 0, i64 1)
  %1199 = getelementptr inbounds i8*, i8** %0, i64 67
  %1200 = load i8*, i8** %1199, align 8
  %1201 = getelementptr inbounds i8, i8* %1200, i64 3200
  %1202 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1201, i8** %1202, align 8
  %1203 = getelementptr inbounds i8*, i8** %0, i64 67
  %1204 = load i8*, i8** %1203, align 8
  %1205 = getelementptr inbounds i8, i8* %1204, i64 21056
  %1206 = getelementptr inbounds i8*, i8** %pointers, i64 1
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
  %1303 = getelementptr inbounds i8*, i8** %0, i64 67
  %1304 = load i8*, i8** %1303, align 8
  %1305 = getelementptr inbounds i8, i8* %1304, i64 21056
  %1306 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1305, i8** %1306, align 8
  %1307 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_72(i8* %1307, i64 0, i64 1)
  %1308 = getelementptr inbounds i8*, i8** %0, i64 67
  %1309 = load i8*, i8** %1308, align 8
  %1310 = getelementptr inbounds i8, i8* %1309, i64 16832
  %1311 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1310, i8** %1311, align 8
  %1312 = getelementptr inbounds i8*, i8** %0, i64 36
  %1313 = load i8*, i8** %1312, align 8
  %1314 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1313, i8** %1314, align 8
  %1315 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_73(i8* %1315, i64 0, i64 1)
  %1316 = getelementptr inbounds i8*, i8** %0, i64 67
  %1317 = load i8*, i8** %1316, align 8
  %1318 = getelementptr inbounds i8, i8* %1317, i64 16832
  %1319 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1318, i8** %1319, align 8
  %1320 = getelementptr inbounds i8*, i8** %0, i64 67
  %1321 = load i8*, i8** %1320, align 8
  %1322 = getelementptr inbounds i8, i8* %1321, i64 21056
  %1323 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1322, i8** %1323, align 8
  %1324 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %1324, i64 0, i64 1)
  %1325 = getelementptr inbounds i8*, i8** %0, i64 67
  %1326 = load i8*, i8** %1325, align 8
  %1327 = getelementptr inbounds i8, i8* %1326, i64 16896
  %1328 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1327, i8** %1328, align 8
  %1329 = getelementptr inbounds i8*, i8** %0, i64 36
  %1330 = load i8*, i8** %1329, align 8
  %1331 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1330, i8** %1331, align 8
  %1332 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_75(i8* %1332, i64 0, i64 1)
  %1333 = getelementptr inbounds i8*, i8** %0, i64 67
  %1334 = load i8*, i8** %1333, align 8
  %1335 = getelementptr inbounds i8, i8* %1334, i64 16896
  %1336 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1335, i8** %1336, align 8
  %1337 = getelementptr inbounds i8*, i8** %0, i64 67
  %1338 = load i8*, i8** %1337, align 8
  %1339 = getelementptr inbounds i8, i8* %1338, i64 21056
  %1340 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1339, i8** %1340, align 8
  %1341 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %1341, i64 0, i64 1)
  %1342 = getelementptr inbounds i8*, i8** %0, i64 67
  %1343 = load i8*, i8** %1342, align 8
  %1344 = getelementptr inbounds i8, i8* %1343, i64 16896
  %1345 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1344, i8** %1345, align 8
  %1346 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_76(i8* %1346, i64 0, i64 1)
  %1347 = getelementptr inbounds i8*, i8** %0, i64 67
  %1348 = load i8*, i8** %1347, align 8
  %1349 = getelementptr inbounds i8, i8* %1348, i64 16960
  %1350 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1349, i8** %1350, align 8
  %1351 = getelementptr inbounds i8*, i8** %0, i64 33
  %1352 = load i8*, i8** %1351, align 8
  %1353 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1352, i8** %1353, align 8
  %1354 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %1354, i64 0, i64 1)
  %1355 = getelementptr inbounds i8*, i8** %0, i64 67
  %1356 = load i8*, i8** %1355, align 8
  %1357 = getelementptr inbounds i8, i8* %1356, i64 3200
  %1358 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1357, i8** %1358, align 8
  %1359 = getelementptr inbounds i8*, i8** %0, i64 11
  %1360 = load i8*, i8** %1359, align 8
  %1361 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1360, i8** %1361, align 8
  %1362 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_78(i8* %1362, i64 0, i64 1)
  %1363 = getelementptr inbounds i8*, i8** %0, i64 67
  %1364 = load i8*, i8** %1363, align 8
  %1365 = getelementptr inbounds i8, i8* %1364, i64 6400
  %1366 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1365, i8** %1366, align 8
  %1367 = getelementptr inbounds i8*, i8** %0, i64 67
  %1368 = load i8*, i8** %1367, align 8
  %1369 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1368, i8** %1369, align 8
  %1370 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_79(i8* %1370, i64 0, i64 1)
  %1371 = getelementptr inbounds i8*, i8** %0, i64 38
  %1372 = load i8*, i8** %1371, align 8
  %1373 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1372, i8** %1373, align 8
  %1374 = getelementptr inbounds i8*, i8** %0, i64 67
  %1375 = load i8*, i8** %1374, align 8
  %1376 = getelementptr inbounds i8, i8* %1375, i64 3200
  %1377 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1376, i8** %1377, align 8
  %1378 = getelementptr inbounds i8*, i8** %0, i64 67
  %1379 = load i8*, i8** %1378, align 8
  %1380 = getelementptr inbounds i8, i8* %1379, i64 6400
  %1381 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1380, i8** %1381, align 8
  %1382 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_80(i8* %1382, i64 0, i64 1)
  %1383 = getelementptr inbounds i8*, i8** %0, i64 67
  %1384 = load i8*, i8** %1383, align 8
  %1385 = getelementptr inbounds i8, i8* %1384, i64 3200
  %1386 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1385, i8** %1386, align 8
  %1387 = getelementptr inbounds i8*, i8** %0, i64 12
  %1388 = load i8*, i8** %1387, align 8
  %1389 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1388, i8** %1389, align 8
  %1390 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_81(i8* %1390, i64 0, i64 1)
  %1391 = getelementptr inbounds i8*, i8** %0, i64 67
  %1392 = load i8*, i8** %1391, align 8
  %1393 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1392, i8** %1393, align 8
  %1394 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_82(i8* %1394, i64 0, i64 1)
  %1395 = getelementptr inbounds i8*, i8** %0, i64 67
  %1396 = load i8*, i8** %1395, align 8
  %1397 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1396, i8** %1397, align 8
  %1398 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_83(i8* %1398, i64 0, i64 1)
  %1399 = getelementptr inbounds i8*, i8** %0, i64 39
  %1400 = load i8*, i8** %1399, align 8
  %1401 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1400, i8** %1401, align 8
  %1402 = getelementptr inbounds i8*, i8** %0, i64 67
  %1403 = load i8*, i8** %1402, align 8
  %1404 = getelementptr inbounds i8, i8* %1403, i64 3200
  %1405 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1404, i8** %1405, align 8
  %1406 = getelementptr inbounds i8*, i8** %0, i64 67
  %1407 = load i8*, i8** %1406, align 8
  %1408 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1407, i8** %1408, align 8
  %1409 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_80(i8* %1409, i64 0, i64 1)
  %1410 = getelementptr inbounds i8*, i8** %0, i64 67
  %1411 = load i8*, i8** %1410, align 8
  %1412 = getelementptr inbounds i8, i8* %1411, i64 6400
  %1413 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1412, i8** %1413, align 8
  %1414 = getelementptr inbounds i8*, i8** %0, i64 67
  %1415 = load i8*, i8** %1414, align 8
  %1416 = getelementptr inbounds i8, i8* %1415, i64 16960
  %1417 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1416, i8** %1417, align 8
  %1418 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_84(i8* %1418, i64 0, i64 1)
  %1419 = getelementptr inbounds i8*, i8** %0, i64 67
  %1420 = load i8*, i8** %1419, align 8
  %1421 = getelementptr inbounds i8, i8* %1420, i64 6400
  %1422 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1421, i8** %1422, align 8
  %1423 = getelementptr inbounds i8*, i8** %0, i64 67
  %1424 = load i8*, i8** %1423, align 8
  %1425 = getelementptr inbounds i8, i8* %1424, i64 21056
  %1426 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1425, i8** %1426, align 8
  %1427 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %1427, i64 0, i64 1)
  %1428 = getelementptr inbounds i8*, i8** %0, i64 67
  %1429 = load i8*, i8** %1428, align 8
  %1430 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1429, i8** %1430, align 8
  %1431 = getelementptr inbounds i8*, i8** %0, i64 0
  %1432 = load i8*, i8** %1431, align 8
  %1433 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1432, i8** %1433, align 8
  %1434 = getelementptr inbounds i8*, i8** %0, i64 67
  %1435 = load i8*, i8** %1434, align 8
  %1436 = getelementptr inbounds i8, i8* %1435, i64 6400
  %1437 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1436, i8** %1437, align 8
  %1438 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_85(i8* %1438, i64 0, i64 1)
  %1439 = getelementptr inbounds i8*, i8** %0, i64 67
  %1440 = load i8*, i8** %1439, align 8
  %1441 = getelementptr inbounds i8, i8* %1440, i64 3200
  %1442 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1441, i8** %1442, align 8
  %1443 = getelementptr inbounds i8*, i8** %0, i64 39
  %1444 = load i8*, i8** %1443, align 8
  %1445 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1444, i8** %1445, align 8
  %1446 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_86(i8* %1446, i64 0, i64 1)
  %1447 = getelementptr inbounds i8*, i8** %0, i64 67
  %1448 = load i8*, i8** %1447, align 8
  %1449 = getelementptr inbounds i8, i8* %1448, i64 3200
  %1450 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1449, i8** %1450, align 8
  %1451 = getelementptr inbounds i8*, i8** %0, i64 67
  %1452 = load i8*, i8** %1451, align 8
  %1453 = getelementptr inbounds i8, i8* %1452, i64 16896
  %1454 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1453, i8** %1454, align 8
  %1455 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_87(i8* %1455, i64 0, i64 1)
  %1456 = getelementptr inbounds i8*, i8** %0, i64 67
  %1457 = load i8*, i8** %1456, align 8
  %1458 = getelementptr inbounds i8, i8* %1457, i64 3200
  %1459 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1458, i8** %1459, align 8
  %1460 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_88(i8* %1460, i64 0, i64 1)
  %1461 = getelementptr inbounds i8*, i8** %0, i64 67
  %1462 = load i8*, i8** %1461, align 8
  %1463 = getelementptr inbounds i8, i8* %1462, i64 16960
  %1464 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1463, i8** %1464, align 8
  %1465 = getelementptr inbounds i8*, i8** %0, i64 67
  %1466 = load i8*, i8** %1465, align 8
  %1467 = getelementptr inbounds i8, i8* %1466, i64 16832
  %1468 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1467, i8** %1468, align 8
  %1469 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_89(i8* %1469, i64 0, i64 1)
  %1470 = getelementptr inbounds i8*, i8** %0, i64 67
  %1471 = load i8*, i8** %1470, align 8
  %1472 = getelementptr inbounds i8, i8* %1471, i64 3200
  %1473 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1472, i8** %1473, align 8
  %1474 = getelementptr inbounds i8*, i8** %0, i64 38
  %1475 = load i8*, i8** %1474, align 8
  %1476 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1475, i8** %1476, align 8
  %1477 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_90(i8* %1477, i64 0, i64 1)
  %1478 = getelementptr inbounds i8*, i8** %0, i64 67
  %1479 = load i8*, i8** %1478, align 8
  %1480 = getelementptr inbounds i8, i8* %1479, i64 3200
  %1481 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1480, i8** %1481, align 8
  %1482 = getelementptr inbounds i8*, i8** %0, i64 67
  %1483 = load i8*, i8** %1482, align 8
  %1484 = getelementptr inbounds i8, i8* %1483, i64 16960
  %1485 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1484, i8** %1485, align 8
  %1486 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_91(i8* %1486, i64 0, i64 1)
  %1487 = getelementptr inbounds i8*, i8** %0, i64 37
  %1488 = load i8*, i8** %1487, align 8
  %1489 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1488, i8** %1489, align 8
  %1490 = getelementptr inbounds i8*, i8** %0, i64 67
  %1491 = load i8*, i8** %1490, align 8
  %1492 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1491, i8** %1492, align 8
  %1493 = getelementptr inbounds i8*, i8** %0, i64 67
  %1494 = load i8*, i8** %1493, align 8
  %1495 = getelementptr inbounds i8, i8* %1494, i64 3200
  %1496 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1495, i8** %1496, align 8
  %1497 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_92(i8* %1497, i64 0, i64 1)
  %1498 = getelementptr inbounds i8*, i8** %0, i64 67
  %1499 = load i8*, i8** %1498, align 8
  %1500 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1499, i8** %1500, align 8
  %1501 = getelementptr inbounds i8*, i8** %0, i64 13
  %1502 = load i8*, i8** %1501, align 8
  %1503 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1502, i8** %1503, align 8
  %1504 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_93(i8* %1504, i64 0, i64 1)
  %1505 = getelementptr inbounds i8*, i8** %0, i64 67
  %1506 = load i8*, i8** %1505, align 8
  %1507 = getelementptr inbounds i8, i8* %1506, i64 192
  %1508 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1507, i8** %1508, align 8
  %1509 = getelementptr inbounds i8*, i8** %0, i64 67
  %1510 = load i8*, i8** %1509, align 8
  %1511 = getelementptr inbounds i8, i8* %1510, i64 20864
  %1512 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1511, i8** %1512, align 8
  %1513 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_94(i8* %1513, i64 0, i64 1)
  %1514 = getelementptr inbounds i8*, i8** %0, i64 41
  %1515 = load i8*, i8** %1514, align 8
  %1516 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1515, i8** %1516, align 8
  %1517 = getelementptr inbounds i8*, i8** %0, i64 67
  %1518 = load i8*, i8** %1517, align 8
  %1519 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1518, i8** %1519, align 8
  %1520 = getelementptr inbounds i8*, i8** %0, i64 67
  %1521 = load i8*, i8** %1520, align 8
  %1522 = getelementptr inbounds i8, i8* %1521, i64 192
  %1523 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1522, i8** %1523, align 8
  %1524 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_95(i8* %1524, i64 0, i64 1)
  %1525 = getelementptr inbounds i8*, i8** %0, i64 67
  %1526 = load i8*, i8** %1525, align 8
  %1527 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1526, i8** %1527, align 8
  %1528 = getelementptr inbounds i8*, i8** %0, i64 14
  %1529 = load i8*, i8** %1528, align 8
  %1530 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1529, i8** %1530, align 8
  %1531 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_96(i8* %1531, i64 0, i64 1)
  %1532 = getelementptr inbounds i8*, i8** %0, i64 67
  %1533 = load i8*, i8** %1532, align 8
  %1534 = getelementptr inbounds i8, i8* %1533, i64 20864
  %1535 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1534, i8** %1535, align 8
  %1536 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_97(i8* %1536, i64 0, i64 1)
  %1537 = getelementptr inbounds i8*, i8** %0, i64 67
  %1538 = load i8*, i8** %1537, align 8
  %1539 = getelementptr inbounds i8, i8* %1538, i64 20864
  %1540 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1539, i8** %1540, align 8
  %1541 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_98(i8* %1541, i64 0, i64 1)
  %1542 = getelementptr inbounds i8*, i8** %0, i64 42
  %1543 = load i8*, i8** %1542, align 8
  %1544 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1543, i8** %1544, align 8
  %1545 = getelementptr inbounds i8*, i8** %0, i64 67
  %1546 = load i8*, i8** %1545, align 8
  %1547 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1546, i8** %1547, align 8
  %1548 = getelementptr inbounds i8*, i8** %0, i64 67
  %1549 = load i8*, i8** %1548, align 8
  %1550 = getelementptr inbounds i8, i8* %1549, i64 20864
  %1551 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1550, i8** %1551, align 8
  %1552 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_95(i8* %1552, i64 0, i64 1)
  %1553 = getelementptr inbounds i8*, i8** %0, i64 67
  %1554 = load i8*, i8** %1553, align 8
  %1555 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1554, i8** %1555, align 8
  %1556 = getelementptr inbounds i8*, i8** %0, i64 1
  %1557 = load i8*, i8** %1556, align 8
  %1558 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1557, i8** %1558, align 8
  %1559 = getelementptr inbounds i8*, i8** %0, i64 67
  %1560 = load i8*, i8** %1559, align 8
  %1561 = getelementptr inbounds i8, i8* %1560, i64 6400
  %1562 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1561, i8** %1562, align 8
  %1563 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_99(i8* %1563, i64 0, i64 1)
  %1564 = getelementptr inbounds i8*, i8** %0, i64 67
  %1565 = load i8*, i8** %1564, align 8
  %1566 = getelementptr inbounds i8, i8* %1565, i64 192
  %1567 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1566, i8** %1567, align 8
  %1568 = getelementptr inbounds i8*, i8** %0, i64 42
  %1569 = load i8*, i8** %1568, align 8
  %1570 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1569, i8** %1570, align 8
  %1571 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_100(i8* %1571, i64 0, i64 1)
  %1572 = getelementptr inbounds i8*, i8** %0, i64 67
  %1573 = load i8*, i8** %1572, align 8
  %1574 = getelementptr inbounds i8, i8* %1573, i64 192
  %1575 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1574, i8** %1575, align 8
  %1576 = getelementptr inbounds i8*, i8** %0, i64 67
  %1577 = load i8*, i8** %1576, align 8
  %1578 = getelementptr inbounds i8, i8* %1577, i64 16896
  %1579 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1578, i8** %1579, align 8
  %1580 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_101(i8* %1580, i64 0, i64 1)
  %1581 = getelementptr inbounds i8*, i8** %0, i64 67
  %1582 = load i8*, i8** %1581, align 8
  %1583 = getelementptr inbounds i8, i8* %1582, i64 192
  %1584 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1583, i8** %1584, align 8
  %1585 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_102(i8* %1585, i64 0, i64 1)
  %1586 = getelementptr inbounds i8*, i8** %0, i64 67
  %1587 = load i8*, i8** %1586, align 8
  %1588 = getelementptr inbounds i8, i8* %1587, i64 192
  %1589 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1588, i8** %1589, align 8
  %1590 = getelementptr inbounds i8*, i8** %0, i64 41
  %1591 = load i8*, i8** %1590, align 8
  %1592 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1591, i8** %1592, align 8
  %1593 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_103(i8* %1593, i64 0, i64 1)
  %1594 = getelementptr inbounds i8*, i8** %0, i64 67
  %1595 = load i8*, i8** %1594, align 8
  %1596 = getelementptr inbounds i8, i8* %1595, i64 192
  %1597 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1596, i8** %1597, align 8
  %1598 = getelementptr inbounds i8*, i8** %0, i64 67
  %1599 = load i8*, i8** %1598, align 8
  %1600 = getelementptr inbounds i8, i8* %1599, i64 16960
  %1601 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1600, i8** %1601, align 8
  %1602 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_104(i8* %1602, i64 0, i64 1)
  %1603 = getelementptr inbounds i8*, i8** %0, i64 40
  %1604 = load i8*, i8** %1603, align 8
  %1605 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1604, i8** %1605, align 8
  %1606 = getelementptr inbounds i8*, i8** %0, i64 67
  %1607 = load i8*, i8** %1606, align 8
  %1608 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1607, i8** %1608, align 8
  %1609 = getelementptr inbounds i8*, i8** %0, i64 67
  %1610 = load i8*, i8** %1609, align 8
  %1611 = getelementptr inbounds i8, i8* %1610, i64 192
  %1612 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1611, i8** %1612, align 8
  %1613 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_105(i8* %1613, i64 0, i64 1)
  %1614 = getelementptr inbounds i8*, i8** %0, i64 67
  %1615 = load i8*, i8** %1614, align 8
  %1616 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1615, i8** %1616, align 8
  %1617 = getelementptr inbounds i8*, i8** %0, i64 15
  %1618 = load i8*, i8** %1617, align 8
  %1619 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1618, i8** %1619, align 8
  %1620 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_106(i8* %1620, i64 0, i64 1)
  %1621 = getelementptr inbounds i8*, i8** %0, i64 67
  %1622 = load i8*, i8** %1621, align 8
  %1623 = getelementptr inbounds i8, i8* %1622, i64 64
  %1624 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1623, i8** %1624, align 8
  %1625 = getelementptr inbounds i8*, i8** %0, i64 67
  %1626 = load i8*, i8** %1625, align 8
  %1627 = getelementptr inbounds i8, i8* %1626, i64 16768
  %1628 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1627, i8** %1628, align 8
  %1629 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_107(i8* %1629, i64 0, i64 1)
  %1630 = getelementptr inbounds i8*, i8** %0, i64 44
  %1631 = load i8*, i8** %1630, align 8
  %1632 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1631, i8** %1632, align 8
  %1633 = getelementptr inbounds i8*, i8** %0, i64 67
  %1634 = load i8*, i8** %1633, align 8
  %1635 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1634, i8** %1635, align 8
  %1636 = getelementptr inbounds i8*, i8** %0, i64 67
  %1637 = load i8*, i8** %1636, align 8
  %1638 = getelementptr inbounds i8, i8* %1637, i64 64
  %1639 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1638, i8** %1639, align 8
  %1640 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_108(i8* %1640, i64 0, i64 1)
  %1641 = getelementptr inbounds i8*, i8** %0, i64 67
  %1642 = load i8*, i8** %1641, align 8
  %1643 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1642, i8** %1643, align 8
  %1644 = getelementptr inbounds i8*, i8** %0, i64 16
  %1645 = load i8*, i8** %1644, align 8
  %1646 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1645, i8** %1646, align 8
  %1647 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_109(i8* %1647, i64 0, i64 1)
  %1648 = getelementptr inbounds i8*, i8** %0, i64 67
  %1649 = load i8*, i8** %1648, align 8
  %1650 = getelementptr inbounds i8, i8* %1649, i64 16768
  %1651 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1650, i8** %1651, align 8
  %1652 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_110(i8* %1652, i64 0, i64 1)
  %1653 = getelementptr inbounds i8*, i8** %0, i64 67
  %1654 = load i8*, i8** %1653, align 8
  %1655 = getelementptr inbounds i8, i8* %1654, i64 16768
  %1656 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1655, i8** %1656, align 8
  %1657 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_111(i8* %1657, i64 0, i64 1)
  %1658 = getelementptr inbounds i8*, i8** %0, i64 45
  %1659 = load i8*, i8** %1658, align 8
  %1660 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1659, i8** %1660, align 8
  %1661 = getelementptr inbounds i8*, i8** %0, i64 67
  %1662 = load i8*, i8** %1661, align 8
  %1663 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1662, i8** %1663, align 8
  %1664 = getelementptr inbounds i8*, i8** %0, i64 67
  %1665 = load i8*, i8** %1664, align 8
  %1666 = getelementptr inbounds i8, i8* %1665, i64 16768
  %1667 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1666, i8** %1667, align 8
  %1668 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_108(i8* %1668, i64 0, i64 1)
  %1669 = getelementptr inbounds i8*, i8** %0, i64 67
  %1670 = load i8*, i8** %1669, align 8
  %1671 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1670, i8** %1671, align 8
  %1672 = getelementptr inbounds i8*, i8** %0, i64 2
  %1673 = load i8*, i8** %1672, align 8
  %1674 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1673, i8** %1674, align 8
  %1675 = getelementptr inbounds i8*, i8** %0, i64 67
  %1676 = load i8*, i8** %1675, align 8
  %1677 = getelementptr inbounds i8, i8* %1676, i64 6400
  %1678 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1677, i8** %1678, align 8
  %1679 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_112(i8* %1679, i64 0, i64 1)
  %1680 = getelementptr inbounds i8*, i8** %0, i64 67
  %1681 = load i8*, i8** %1680, align 8
  %1682 = getelementptr inbounds i8, i8* %1681, i64 64
  %1683 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1682, i8** %1683, align 8
  %1684 = getelementptr inbounds i8*, i8** %0, i64 45
  %1685 = load i8*, i8** %1684, align 8
  %1686 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1685, i8** %1686, align 8
  %1687 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_113(i8* %1687, i64 0, i64 1)
  %1688 = getelementptr inbounds i8*, i8** %0, i64 67
  %1689 = load i8*, i8** %1688, align 8
  %1690 = getelementptr inbounds i8, i8* %1689, i64 64
  %1691 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1690, i8** %1691, align 8
  %1692 = getelementptr inbounds i8*, i8** %0, i64 67
  %1693 = load i8*, i8** %1692, align 8
  %1694 = getelementptr inbounds i8, i8* %1693, i64 16896
  %1695 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1694, i8** %1695, align 8
  %1696 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_114(i8* %1696, i64 0, i64 1)
  %1697 = getelementptr inbounds i8*, i8** %0, i64 67
  %1698 = load i8*, i8** %1697, align 8
  %1699 = getelementptr inbounds i8, i8* %1698, i64 64
  %1700 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1699, i8** %1700, align 8
  %1701 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_115(i8* %1701, i64 0, i64 1)
  %1702 = getelementptr inbounds i8*, i8** %0, i64 67
  %1703 = load i8*, i8** %1702, align 8
  %1704 = getelementptr inbounds i8, i8* %1703, i64 64
  %1705 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1704, i8** %1705, align 8
  %1706 = getelementptr inbounds i8*, i8** %0, i64 44
  %1707 = load i8*, i8** %1706, align 8
  %1708 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1707, i8** %1708, align 8
  %1709 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_116(i8* %1709, i64 0, i64 1)
  %1710 = getelementptr inbounds i8*, i8** %0, i64 67
  %1711 = load i8*, i8** %1710, align 8
  %1712 = getelementptr inbounds i8, i8* %1711, i64 64
  %1713 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1712, i8** %1713, align 8
  %1714 = getelementptr inbounds i8*, i8** %0, i64 67
  %1715 = load i8*, i8** %1714, align 8
  %1716 = getelementptr inbounds i8, i8* %1715, i64 16960
  %1717 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1716, i8** %1717, align 8
  %1718 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_117(i8* %1718, i64 0, i64 1)
  %1719 = getelementptr inbounds i8*, i8** %0, i64 43
  %1720 = load i8*, i8** %1719, align 8
  %1721 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1720, i8** %1721, align 8
  %1722 = getelementptr inbounds i8*, i8** %0, i64 67
  %1723 = load i8*, i8** %1722, align 8
  %1724 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1723, i8** %1724, align 8
  %1725 = getelementptr inbounds i8*, i8** %0, i64 67
  %1726 = load i8*, i8** %1725, align 8
  %1727 = getelementptr inbounds i8, i8* %1726, i64 64
  %1728 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1727, i8** %1728, align 8
  %1729 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_118(i8* %1729, i64 0, i64 1)
  %1730 = getelementptr inbounds i8*, i8** %0, i64 67
  %1731 = load i8*, i8** %1730, align 8
  %1732 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1731, i8** %1732, align 8
  %1733 = getelementptr inbounds i8*, i8** %0, i64 17
  %1734 = load i8*, i8** %1733, align 8
  %1735 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1734, i8** %1735, align 8
  %1736 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_119(i8* %1736, i64 0, i64 1)
  %1737 = getelementptr inbounds i8*, i8** %0, i64 67
  %1738 = load i8*, i8** %1737, align 8
  %1739 = getelementptr inbounds i8, i8* %1738, i64 1024
  %1740 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1739, i8** %1740, align 8
  %1741 = getelementptr inbounds i8*, i8** %0, i64 67
  %1742 = load i8*, i8** %1741, align 8
  %1743 = getelementptr inbounds i8, i8* %1742, i64 15744
  %1744 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1743, i8** %1744, align 8
  %1745 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_120(i8* %1745, i64 0, i64 1)
  %1746 = getelementptr inbounds i8*, i8** %0, i64 47
  %1747 = load i8*, i8** %1746, align 8
  %1748 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1747, i8** %1748, align 8
  %1749 = getelementptr inbounds i8*, i8** %0, i64 67
  %1750 = load i8*, i8** %1749, align 8
  %1751 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1750, i8** %1751, align 8
  %1752 = getelementptr inbounds i8*, i8** %0, i64 67
  %1753 = load i8*, i8** %1752, align 8
  %1754 = getelementptr inbounds i8, i8* %1753, i64 1024
  %1755 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1754, i8** %1755, align 8
  %1756 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %1756, i64 0, i64 1)
  %1757 = getelementptr inbounds i8*, i8** %0, i64 67
  %1758 = load i8*, i8** %1757, align 8
  %1759 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1758, i8** %1759, align 8
  %1760 = getelementptr inbounds i8*, i8** %0, i64 18
  %1761 = load i8*, i8** %1760, align 8
  %1762 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1761, i8** %1762, align 8
  %1763 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_122(i8* %1763, i64 0, i64 1)
  %1764 = getelementptr inbounds i8*, i8** %0, i64 67
  %1765 = load i8*, i8** %1764, align 8
  %1766 = getelementptr inbounds i8, i8* %1765, i64 15744
  %1767 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1766, i8** %1767, align 8
  %1768 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_123(i8* %1768, i64 0, i64 1)
  %1769 = getelementptr inbounds i8*, i8** %0, i64 67
  %1770 = load i8*, i8** %1769, align 8
  %1771 = getelementptr inbounds i8, i8* %1770, i64 15744
  %1772 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1771, i8** %1772, align 8
  %1773 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_124(i8* %1773, i64 0, i64 1)
  %1774 = getelementptr inbounds i8*, i8** %0, i64 48
  %1775 = load i8*, i8** %1774, align 8
  %1776 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1775, i8** %1776, align 8
  %1777 = getelementptr inbounds i8*, i8** %0, i64 67
  %1778 = load i8*, i8** %1777, align 8
  %1779 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1778, i8** %1779, align 8
  %1780 = getelementptr inbounds i8*, i8** %0, i64 67
  %1781 = load i8*, i8** %1780, align 8
  %1782 = getelementptr inbounds i8, i8* %1781, i64 15744
  %1783 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1782, i8** %1783, align 8
  %1784 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %1784, i64 0, i64 1)
  %1785 = getelementptr inbounds i8*, i8** %0, i64 67
  %1786 = load i8*, i8** %1785, align 8
  %1787 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1786, i8** %1787, align 8
  %1788 = getelementptr inbounds i8*, i8** %0, i64 3
  %1789 = load i8*, i8** %1788, align 8
  %1790 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1789, i8** %1790, align 8
  %1791 = getelementptr inbounds i8*, i8** %0, i64 67
  %1792 = load i8*, i8** %1791, align 8
  %1793 = getelementptr inbounds i8, i8* %1792, i64 6400
  %1794 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1793, i8** %1794, align 8
  %1795 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_125(i8* %1795, i64 0, i64 1)
  %1796 = getelementptr inbounds i8*, i8** %0, i64 67
  %1797 = load i8*, i8** %1796, align 8
  %1798 = getelementptr inbounds i8, i8* %1797, i64 1024
  %1799 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1798, i8** %1799, align 8
  %1800 = getelementptr inbounds i8*, i8** %0, i64 48
  %1801 = load i8*, i8** %1800, align 8
  %1802 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1801, i8** %1802, align 8
  %1803 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_126(i8* %1803, i64 0, i64 1)
  %1804 = getelementptr inbounds i8*, i8** %0, i64 67
  %1805 = load i8*, i8** %1804, align 8
  %1806 = getelementptr inbounds i8, i8* %1805, i64 1024
  %1807 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1806, i8** %1807, align 8
  %1808 = getelementptr inbounds i8*, i8** %0, i64 67
  %1809 = load i8*, i8** %1808, align 8
  %1810 = getelementptr inbounds i8, i8* %1809, i64 16896
  %1811 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1810, i8** %1811, align 8
  %1812 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_127(i8* %1812, i64 0, i64 1)
  %1813 = getelementptr inbounds i8*, i8** %0, i64 67
  %1814 = load i8*, i8** %1813, align 8
  %1815 = getelementptr inbounds i8, i8* %1814, i64 1024
  %1816 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1815, i8** %1816, align 8
  %1817 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_128(i8* %1817, i64 0, i64 1)
  %1818 = getelementptr inbounds i8*, i8** %0, i64 67
  %1819 = load i8*, i8** %1818, align 8
  %1820 = getelementptr inbounds i8, i8* %1819, i64 1024
  %1821 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1820, i8** %1821, align 8
  %1822 = getelementptr inbounds i8*, i8** %0, i64 47
  %1823 = load i8*, i8** %1822, align 8
  %1824 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1823, i8** %1824, align 8
  %1825 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_129(i8* %1825, i64 0, i64 1)
  %1826 = getelementptr inbounds i8*, i8** %0, i64 67
  %1827 = load i8*, i8** %1826, align 8
  %1828 = getelementptr inbounds i8, i8* %1827, i64 1024
  %1829 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1828, i8** %1829, align 8
  %1830 = getelementptr inbounds i8*, i8** %0, i64 67
  %1831 = load i8*, i8** %1830, align 8
  %1832 = getelementptr inbounds i8, i8* %1831, i64 16960
  %1833 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1832, i8** %1833, align 8
  %1834 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_130(i8* %1834, i64 0, i64 1)
  %1835 = getelementptr inbounds i8*, i8** %0, i64 46
  %1836 = load i8*, i8** %1835, align 8
  %1837 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1836, i8** %1837, align 8
  %1838 = getelementptr inbounds i8*, i8** %0, i64 67
  %1839 = load i8*, i8** %1838, align 8
  %1840 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1839, i8** %1840, align 8
  %1841 = getelementptr inbounds i8*, i8** %0, i64 67
  %1842 = load i8*, i8** %1841, align 8
  %1843 = getelementptr inbounds i8, i8* %1842, i64 1024
  %1844 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1843, i8** %1844, align 8
  %1845 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_131(i8* %1845, i64 0, i64 1)
  %1846 = getelementptr inbounds i8*, i8** %0, i64 67
  %1847 = load i8*, i8** %1846, align 8
  %1848 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1847, i8** %1848, align 8
  %1849 = getelementptr inbounds i8*, i8** %0, i64 19
  %1850 = load i8*, i8** %1849, align 8
  %1851 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1850, i8** %1851, align 8
  %1852 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_119(i8* %1852, i64 0, i64 1)
  %1853 = getelementptr inbounds i8*, i8** %0, i64 67
  %1854 = load i8*, i8** %1853, align 8
  %1855 = getelementptr inbounds i8, i8* %1854, i64 1024
  %1856 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1855, i8** %1856, align 8
  %1857 = getelementptr inbounds i8*, i8** %0, i64 67
  %1858 = load i8*, i8** %1857, align 8
  %1859 = getelementptr inbounds i8, i8* %1858, i64 14720
  %1860 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1859, i8** %1860, align 8
  %1861 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_120(i8* %1861, i64 0, i64 1)
  %1862 = getelementptr inbounds i8*, i8** %0, i64 50
  %1863 = load i8*, i8** %1862, align 8
  %1864 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1863, i8** %1864, align 8
  %1865 = getelementptr inbounds i8*, i8** %0, i64 67
  %1866 = load i8*, i8** %1865, align 8
  %1867 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1866, i8** %1867, align 8
  %1868 = getelementptr inbounds i8*, i8** %0, i64 67
  %1869 = load i8*, i8** %1868, align 8
  %1870 = getelementptr inbounds i8, i8* %1869, i64 1024
  %1871 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1870, i8** %1871, align 8
  %1872 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %1872, i64 0, i64 1)
  %1873 = getelementptr inbounds i8*, i8** %0, i64 67
  %1874 = load i8*, i8** %1873, align 8
  %1875 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1874, i8** %1875, align 8
  %1876 = getelementptr inbounds i8*, i8** %0, i64 20
  %1877 = load i8*, i8** %1876, align 8
  %1878 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1877, i8** %1878, align 8
  %1879 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_122(i8* %1879, i64 0, i64 1)
  %1880 = getelementptr inbounds i8*, i8** %0, i64 67
  %1881 = load i8*, i8** %1880, align 8
  %1882 = getelementptr inbounds i8, i8* %1881, i64 14720
  %1883 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1882, i8** %1883, align 8
  %1884 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_123(i8* %1884, i64 0, i64 1)
  %1885 = getelementptr inbounds i8*, i8** %0, i64 67
  %1886 = load i8*, i8** %1885, align 8
  %1887 = getelementptr inbounds i8, i8* %1886, i64 14720
  %1888 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1887, i8** %1888, align 8
  %1889 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_124(i8* %1889, i64 0, i64 1)
  %1890 = getelementptr inbounds i8*, i8** %0, i64 51
  %1891 = load i8*, i8** %1890, align 8
  %1892 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1891, i8** %1892, align 8
  %1893 = getelementptr inbounds i8*, i8** %0, i64 67
  %1894 = load i8*, i8** %1893, align 8
  %1895 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1894, i8** %1895, align 8
  %1896 = getelementptr inbounds i8*, i8** %0, i64 67
  %1897 = load i8*, i8** %1896, align 8
  %1898 = getelementptr inbounds i8, i8* %1897, i64 14720
  %1899 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1898, i8** %1899, align 8
  %1900 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %1900, i64 0, i64 1)
  %1901 = getelementptr inbounds i8*, i8** %0, i64 67
  %1902 = load i8*, i8** %1901, align 8
  %1903 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1902, i8** %1903, align 8
  %1904 = getelementptr inbounds i8*, i8** %0, i64 4
  %1905 = load i8*, i8** %1904, align 8
  %1906 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1905, i8** %1906, align 8
  %1907 = getelementptr inbounds i8*, i8** %0, i64 67
  %1908 = load i8*, i8** %1907, align 8
  %1909 = getelementptr inbounds i8, i8* %1908, i64 6400
  %1910 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1909, i8** %1910, align 8
  %1911 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_125(i8* %1911, i64 0, i64 1)
  %1912 = getelementptr inbounds i8*, i8** %0, i64 67
  %1913 = load i8*, i8** %1912, align 8
  %1914 = getelementptr inbounds i8, i8* %1913, i64 1024
  %1915 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1914, i8** %1915, align 8
  %1916 = getelementptr inbounds i8*, i8** %0, i64 51
  %1917 = load i8*, i8** %1916, align 8
  %1918 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1917, i8** %1918, align 8
  %1919 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_126(i8* %1919, i64 0, i64 1)
  %1920 = getelementptr inbounds i8*, i8** %0, i64 67
  %1921 = load i8*, i8** %1920, align 8
  %1922 = getelementptr inbounds i8, i8* %1921, i64 1024
  %1923 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1922, i8** %1923, align 8
  %1924 = getelementptr inbounds i8*, i8** %0, i64 67
  %1925 = load i8*, i8** %1924, align 8
  %1926 = getelementptr inbounds i8, i8* %1925, i64 16896
  %1927 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1926, i8** %1927, align 8
  %1928 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_127(i8* %1928, i64 0, i64 1)
  %1929 = getelementptr inbounds i8*, i8** %0, i64 67
  %1930 = load i8*, i8** %1929, align 8
  %1931 = getelementptr inbounds i8, i8* %1930, i64 1024
  %1932 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1931, i8** %1932, align 8
  %1933 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_128(i8* %1933, i64 0, i64 1)
  %1934 = getelementptr inbounds i8*, i8** %0, i64 67
  %1935 = load i8*, i8** %1934, align 8
  %1936 = getelementptr inbounds i8, i8* %1935, i64 1024
  %1937 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1936, i8** %1937, align 8
  %1938 = getelementptr inbounds i8*, i8** %0, i64 50
  %1939 = load i8*, i8** %1938, align 8
  %1940 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1939, i8** %1940, align 8
  %1941 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_129(i8* %1941, i64 0, i64 1)
  %1942 = getelementptr inbounds i8*, i8** %0, i64 67
  %1943 = load i8*, i8** %1942, align 8
  %1944 = getelementptr inbounds i8, i8* %1943, i64 1024
  %1945 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1944, i8** %1945, align 8
  %1946 = getelementptr inbounds i8*, i8** %0, i64 67
  %1947 = load i8*, i8** %1946, align 8
  %1948 = getelementptr inbounds i8, i8* %1947, i64 16960
  %1949 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1948, i8** %1949, align 8
  %1950 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_130(i8* %1950, i64 0, i64 1)
  %1951 = getelementptr inbounds i8*, i8** %0, i64 49
  %1952 = load i8*, i8** %1951, align 8
  %1953 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1952, i8** %1953, align 8
  %1954 = getelementptr inbounds i8*, i8** %0, i64 67
  %1955 = load i8*, i8** %1954, align 8
  %1956 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1955, i8** %1956, align 8
  %1957 = getelementptr inbounds i8*, i8** %0, i64 67
  %1958 = load i8*, i8** %1957, align 8
  %1959 = getelementptr inbounds i8, i8* %1958, i64 1024
  %1960 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1959, i8** %1960, align 8
  %1961 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_131(i8* %1961, i64 0, i64 1)
  %1962 = getelementptr inbounds i8*, i8** %0, i64 67
  %1963 = load i8*, i8** %1962, align 8
  %1964 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1963, i8** %1964, align 8
  %1965 = getelementptr inbounds i8*, i8** %0, i64 21
  %1966 = load i8*, i8** %1965, align 8
  %1967 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1966, i8** %1967, align 8
  %1968 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_119(i8* %1968, i64 0, i64 1)
  %1969 = getelementptr inbounds i8*, i8** %0, i64 67
  %1970 = load i8*, i8** %1969, align 8
  %1971 = getelementptr inbounds i8, i8* %1970, i64 1024
  %1972 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1971, i8** %1972, align 8
  %1973 = getelementptr inbounds i8*, i8** %0, i64 67
  %1974 = load i8*, i8** %1973, align 8
  %1975 = getelementptr inbounds i8, i8* %1974, i64 13696
  %1976 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1975, i8** %1976, align 8
  %1977 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_120(i8* %1977, i64 0, i64 1)
  %1978 = getelementptr inbounds i8*, i8** %0, i64 53
  %1979 = load i8*, i8** %1978, align 8
  %1980 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1979, i8** %1980, align 8
  %1981 = getelementptr inbounds i8*, i8** %0, i64 67
  %1982 = load i8*, i8** %1981, align 8
  %1983 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1982, i8** %1983, align 8
  %1984 = getelementptr inbounds i8*, i8** %0, i64 67
  %1985 = load i8*, i8** %1984, align 8
  %1986 = getelementptr inbounds i8, i8* %1985, i64 1024
  %1987 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1986, i8** %1987, align 8
  %1988 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %1988, i64 0, i64 1)
  %1989 = getelementptr inbounds i8*, i8** %0, i64 67
  %1990 = load i8*, i8** %1989, align 8
  %1991 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1990, i8** %1991, align 8
  %1992 = getelementptr inbounds i8*, i8** %0, i64 22
  %1993 = load i8*, i8** %1992, align 8
  %1994 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1993, i8** %1994, align 8
  %1995 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_122(i8* %1995, i64 0, i64 1)
  %1996 = getelementptr inbounds i8*, i8** %0, i64 67
  %1997 = load i8*, i8** %1996, align 8
  %1998 = getelementptr inbounds i8, i8* %1997, i64 13696
  %1999 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1998, i8** %1999, align 8
  %2000 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_123(i8* %2000, i64 0, i64 1)
  %2001 = getelementptr inbounds i8*, i8** %0, i64 67
  %2002 = load i8*, i8** %2001, align 8
  %2003 = getelementptr inbounds i8, i8* %2002, i64 13696
  %2004 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2003, i8** %2004, align 8
  %2005 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_124(i8* %2005, i64 0, i64 1)
  %2006 = getelementptr inbounds i8*, i8** %0, i64 54
  %2007 = load i8*, i8** %2006, align 8
  %2008 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2007, i8** %2008, align 8
  %2009 = getelementptr inbounds i8*, i8** %0, i64 67
  %2010 = load i8*, i8** %2009, align 8
  %2011 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2010, i8** %2011, align 8
  %2012 = getelementptr inbounds i8*, i8** %0, i64 67
  %2013 = load i8*, i8** %2012, align 8
  %2014 = getelementptr inbounds i8, i8* %2013, i64 13696
  %2015 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2014, i8** %2015, align 8
  %2016 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %2016, i64 0, i64 1)
  %2017 = getelementptr inbounds i8*, i8** %0, i64 67
  %2018 = load i8*, i8** %2017, align 8
  %2019 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2018, i8** %2019, align 8
  %2020 = getelementptr inbounds i8*, i8** %0, i64 5
  %2021 = load i8*, i8** %2020, align 8
  %2022 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2021, i8** %2022, align 8
  %2023 = getelementptr inbounds i8*, i8** %0, i64 67
  %2024 = load i8*, i8** %2023, align 8
  %2025 = getelementptr inbounds i8, i8* %2024, i64 6400
  %2026 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2025, i8** %2026, align 8
  %2027 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_125(i8* %2027, i64 0, i64 1)
  %2028 = getelementptr inbounds i8*, i8** %0, i64 67
  %2029 = load i8*, i8** %2028, align 8
  %2030 = getelementptr inbounds i8, i8* %2029, i64 1024
  %2031 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2030, i8** %2031, align 8
  %2032 = getelementptr inbounds i8*, i8** %0, i64 54
  %2033 = load i8*, i8** %2032, align 8
  %2034 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2033, i8** %2034, align 8
  %2035 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_126(i8* %2035, i64 0, i64 1)
  %2036 = getelementptr inbounds i8*, i8** %0, i64 67
  %2037 = load i8*, i8** %2036, align 8
  %2038 = getelementptr inbounds i8, i8* %2037, i64 1024
  %2039 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2038, i8** %2039, align 8
  %2040 = getelementptr inbounds i8*, i8** %0, i64 67
  %2041 = load i8*, i8** %2040, align 8
  %2042 = getelementptr inbounds i8, i8* %2041, i64 16896
  %2043 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2042, i8** %2043, align 8
  %2044 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_127(i8* %2044, i64 0, i64 1)
  %2045 = getelementptr inbounds i8*, i8** %0, i64 67
  %2046 = load i8*, i8** %2045, align 8
  %2047 = getelementptr inbounds i8, i8* %2046, i64 1024
  %2048 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2047, i8** %2048, align 8
  %2049 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_128(i8* %2049, i64 0, i64 1)
  %2050 = getelementptr inbounds i8*, i8** %0, i64 67
  %2051 = load i8*, i8** %2050, align 8
  %2052 = getelementptr inbounds i8, i8* %2051, i64 1024
  %2053 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2052, i8** %2053, align 8
  %2054 = getelementptr inbounds i8*, i8** %0, i64 53
  %2055 = load i8*, i8** %2054, align 8
  %2056 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2055, i8** %2056, align 8
  %2057 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_129(i8* %2057, i64 0, i64 1)
  %2058 = getelementptr inbounds i8*, i8** %0, i64 67
  %2059 = load i8*, i8** %2058, align 8
  %2060 = getelementptr inbounds i8, i8* %2059, i64 1024
  %2061 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2060, i8** %2061, align 8
  %2062 = getelementptr inbounds i8*, i8** %0, i64 67
  %2063 = load i8*, i8** %2062, align 8
  %2064 = getelementptr inbounds i8, i8* %2063, i64 16960
  %2065 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2064, i8** %2065, align 8
  %2066 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_130(i8* %2066, i64 0, i64 1)
  %2067 = getelementptr inbounds i8*, i8** %0, i64 52
  %2068 = load i8*, i8** %2067, align 8
  %2069 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2068, i8** %2069, align 8
  %2070 = getelementptr inbounds i8*, i8** %0, i64 67
  %2071 = load i8*, i8** %2070, align 8
  %2072 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2071, i8** %2072, align 8
  %2073 = getelementptr inbounds i8*, i8** %0, i64 67
  %2074 = load i8*, i8** %2073, align 8
  %2075 = getelementptr inbounds i8, i8* %2074, i64 1024
  %2076 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2075, i8** %2076, align 8
  %2077 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_131(i8* %2077, i64 0, i64 1)
  %2078 = getelementptr inbounds i8*, i8** %0, i64 67
  %2079 = load i8*, i8** %2078, align 8
  %2080 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2079, i8** %2080, align 8
  %2081 = getelementptr inbounds i8*, i8** %0, i64 23
  %2082 = load i8*, i8** %2081, align 8
  %2083 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2082, i8** %2083, align 8
  %2084 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_119(i8* %2084, i64 0, i64 1)
  %2085 = getelementptr inbounds i8*, i8** %0, i64 67
  %2086 = load i8*, i8** %2085, align 8
  %2087 = getelementptr inbounds i8, i8* %2086, i64 1024
  %2088 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2087, i8** %2088, align 8
  %2089 = getelementptr inbounds i8*, i8** %0, i64 67
  %2090 = load i8*, i8** %2089, align 8
  %2091 = getelementptr inbounds i8, i8* %2090, i64 17792
  %2092 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2091, i8** %2092, align 8
  %2093 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_120(i8* %2093, i64 0, i64 1)
  %2094 = getelementptr inbounds i8*, i8** %0, i64 56
  %2095 = load i8*, i8** %2094, align 8
  %2096 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2095, i8** %2096, align 8
  %2097 = getelementptr inbounds i8*, i8** %0, i64 67
  %2098 = load i8*, i8** %2097, align 8
  %2099 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2098, i8** %2099, align 8
  %2100 = getelementptr inbounds i8*, i8** %0, i64 67
  %2101 = load i8*, i8** %2100, align 8
  %2102 = getelementptr inbounds i8, i8* %2101, i64 1024
  %2103 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2102, i8** %2103, align 8
  %2104 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %2104, i64 0, i64 1)
  %2105 = getelementptr inbounds i8*, i8** %0, i64 67
  %2106 = load i8*, i8** %2105, align 8
  %2107 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2106, i8** %2107, align 8
  %2108 = getelementptr inbounds i8*, i8** %0, i64 24
  %2109 = load i8*, i8** %2108, align 8
  %2110 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2109, i8** %2110, align 8
  %2111 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_122(i8* %2111, i64 0, i64 1)
  %2112 = getelementptr inbounds i8*, i8** %0, i64 67
  %2113 = load i8*, i8** %2112, align 8
  %2114 = getelementptr inbounds i8, i8* %2113, i64 17792
  %2115 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2114, i8** %2115, align 8
  %2116 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_123(i8* %2116, i64 0, i64 1)
  %2117 = getelementptr inbounds i8*, i8** %0, i64 67
  %2118 = load i8*, i8** %2117, align 8
  %2119 = getelementptr inbounds i8, i8* %2118, i64 17792
  %2120 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2119, i8** %2120, align 8
  %2121 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_124(i8* %2121, i64 0, i64 1)
  %2122 = getelementptr inbounds i8*, i8** %0, i64 57
  %2123 = load i8*, i8** %2122, align 8
  %2124 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2123, i8** %2124, align 8
  %2125 = getelementptr inbounds i8*, i8** %0, i64 67
  %2126 = load i8*, i8** %2125, align 8
  %2127 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2126, i8** %2127, align 8
  %2128 = getelementptr inbounds i8*, i8** %0, i64 67
  %2129 = load i8*, i8** %2128, align 8
  %2130 = getelementptr inbounds i8, i8* %2129, i64 17792
  %2131 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2130, i8** %2131, align 8
  %2132 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_121(i8* %2132, i64 0, i64 1)
  %2133 = getelementptr inbounds i8*, i8** %0, i64 67
  %2134 = load i8*, i8** %2133, align 8
  %2135 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2134, i8** %2135, align 8
  %2136 = getelementptr inbounds i8*, i8** %0, i64 6
  %2137 = load i8*, i8** %2136, align 8
  %2138 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2137, i8** %2138, align 8
  %2139 = getelementptr inbounds i8*, i8** %0, i64 67
  %2140 = load i8*, i8** %2139, align 8
  %2141 = getelementptr inbounds i8, i8* %2140, i64 6400
  %2142 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2141, i8** %2142, align 8
  %2143 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_125(i8* %2143, i64 0, i64 1)
  %2144 = getelementptr inbounds i8*, i8** %0, i64 67
  %2145 = load i8*, i8** %2144, align 8
  %2146 = getelementptr inbounds i8, i8* %2145, i64 1024
  %2147 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2146, i8** %2147, align 8
  %2148 = getelementptr inbounds i8*, i8** %0, i64 57
  %2149 = load i8*, i8** %2148, align 8
  %2150 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2149, i8** %2150, align 8
  %2151 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_126(i8* %2151, i64 0, i64 1)
  %2152 = getelementptr inbounds i8*, i8** %0, i64 67
  %2153 = load i8*, i8** %2152, align 8
  %2154 = getelementptr inbounds i8, i8* %2153, i64 1024
  %2155 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2154, i8** %2155, align 8
  %2156 = getelementptr inbounds i8*, i8** %0, i64 67
  %2157 = load i8*, i8** %2156, align 8
  %2158 = getelementptr inbounds i8, i8* %2157, i64 16896
  %2159 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2158, i8** %2159, align 8
  %2160 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_127(i8* %2160, i64 0, i64 1)
  %2161 = getelementptr inbounds i8*, i8** %0, i64 67
  %2162 = load i8*, i8** %2161, align 8
  %2163 = getelementptr inbounds i8, i8* %2162, i64 1024
  %2164 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2163, i8** %2164, align 8
  %2165 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_128(i8* %2165, i64 0, i64 1)
  %2166 = getelementptr inbounds i8*, i8** %0, i64 67
  %2167 = load i8*, i8** %2166, align 8
  %2168 = getelementptr inbounds i8, i8* %2167, i64 1024
  %2169 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2168, i8** %2169, align 8
  %2170 = getelementptr inbounds i8*, i8** %0, i64 56
  %2171 = load i8*, i8** %2170, align 8
  %2172 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2171, i8** %2172, align 8
  %2173 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_129(i8* %2173, i64 0, i64 1)
  %2174 = getelementptr inbounds i8*, i8** %0, i64 67
  %2175 = load i8*, i8** %2174, align 8
  %2176 = getelementptr inbounds i8, i8* %2175, i64 1024
  %2177 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2176, i8** %2177, align 8
  %2178 = getelementptr inbounds i8*, i8** %0, i64 67
  %2179 = load i8*, i8** %2178, align 8
  %2180 = getelementptr inbounds i8, i8* %2179, i64 16960
  %2181 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2180, i8** %2181, align 8
  %2182 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_130(i8* %2182, i64 0, i64 1)
  %2183 = getelementptr inbounds i8*, i8** %0, i64 55
  %2184 = load i8*, i8** %2183, align 8
  %2185 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2184, i8** %2185, align 8
  %2186 = getelementptr inbounds i8*, i8** %0, i64 67
  %2187 = load i8*, i8** %2186, align 8
  %2188 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2187, i8** %2188, align 8
  %2189 = getelementptr inbounds i8*, i8** %0, i64 67
  %2190 = load i8*, i8** %2189, align 8
  %2191 = getelementptr inbounds i8, i8* %2190, i64 1024
  %2192 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2191, i8** %2192, align 8
  %2193 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_131(i8* %2193, i64 0, i64 1)
  %2194 = getelementptr inbounds i8*, i8** %0, i64 67
  %2195 = load i8*, i8** %2194, align 8
  %2196 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2195, i8** %2196, align 8
  %2197 = getelementptr inbounds i8*, i8** %0, i64 25
  %2198 = load i8*, i8** %2197, align 8
  %2199 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2198, i8** %2199, align 8
  %2200 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_106(i8* %2200, i64 0, i64 1)
  %2201 = getelementptr inbounds i8*, i8** %0, i64 67
  %2202 = load i8*, i8** %2201, align 8
  %2203 = getelementptr inbounds i8, i8* %2202, i64 64
  %2204 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2203, i8** %2204, align 8
  %2205 = getelementptr inbounds i8*, i8** %0, i64 67
  %2206 = load i8*, i8** %2205, align 8
  %2207 = getelementptr inbounds i8, i8* %2206, i64 18816
  %2208 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2207, i8** %2208, align 8
  %2209 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_107(i8* %2209, i64 0, i64 1)
  %2210 = getelementptr inbounds i8*, i8** %0, i64 59
  %2211 = load i8*, i8** %2210, align 8
  %2212 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2211, i8** %2212, align 8
  %2213 = getelementptr inbounds i8*, i8** %0, i64 67
  %2214 = load i8*, i8** %2213, align 8
  %2215 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2214, i8** %2215, align 8
  %2216 = getelementptr inbounds i8*, i8** %0, i64 67
  %2217 = load i8*, i8** %2216, align 8
  %2218 = getelementptr inbounds i8, i8* %2217, i64 64
  %2219 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2218, i8** %2219, align 8
  %2220 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_108(i8* %2220, i64 0, i64 1)
  %2221 = getelementptr inbounds i8*, i8** %0, i64 67
  %2222 = load i8*, i8** %2221, align 8
  %2223 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2222, i8** %2223, align 8
  %2224 = getelementptr inbounds i8*, i8** %0, i64 26
  %2225 = load i8*, i8** %2224, align 8
  %2226 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2225, i8** %2226, align 8
  %2227 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_109(i8* %2227, i64 0, i64 1)
  %2228 = getelementptr inbounds i8*, i8** %0, i64 67
  %2229 = load i8*, i8** %2228, align 8
  %2230 = getelementptr inbounds i8, i8* %2229, i64 18816
  %2231 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2230, i8** %2231, align 8
  %2232 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_110(i8* %2232, i64 0, i64 1)
  %2233 = getelementptr inbounds i8*, i8** %0, i64 67
  %2234 = load i8*, i8** %2233, align 8
  %2235 = getelementptr inbounds i8, i8* %2234, i64 18816
  %2236 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2235, i8** %2236, align 8
  %2237 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_111(i8* %2237, i64 0, i64 1)
  %2238 = getelementptr inbounds i8*, i8** %0, i64 60
  %2239 = load i8*, i8** %2238, align 8
  %2240 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2239, i8** %2240, align 8
  %2241 = getelementptr inbounds i8*, i8** %0, i64 67
  %2242 = load i8*, i8** %2241, align 8
  %2243 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2242, i8** %2243, align 8
  %2244 = getelementptr inbounds i8*, i8** %0, i64 67
  %2245 = load i8*, i8** %2244, align 8
  %2246 = getelementptr inbounds i8, i8* %2245, i64 18816
  %2247 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2246, i8** %2247, align 8
  %2248 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_108(i8* %2248, i64 0, i64 1)
  %2249 = getelementptr inbounds i8*, i8** %0, i64 67
  %2250 = load i8*, i8** %2249, align 8
  %2251 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2250, i8** %2251, align 8
  %2252 = getelementptr inbounds i8*, i8** %0, i64 7
  %2253 = load i8*, i8** %2252, align 8
  %2254 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2253, i8** %2254, align 8
  %2255 = getelementptr inbounds i8*, i8** %0, i64 67
  %2256 = load i8*, i8** %2255, align 8
  %2257 = getelementptr inbounds i8, i8* %2256, i64 6400
  %2258 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2257, i8** %2258, align 8
  %2259 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_112(i8* %2259, i64 0, i64 1)
  %2260 = getelementptr inbounds i8*, i8** %0, i64 67
  %2261 = load i8*, i8** %2260, align 8
  %2262 = getelementptr inbounds i8, i8* %2261, i64 64
  %2263 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2262, i8** %2263, align 8
  %2264 = getelementptr inbounds i8*, i8** %0, i64 60
  %2265 = load i8*, i8** %2264, align 8
  %2266 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2265, i8** %2266, align 8
  %2267 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_113(i8* %2267, i64 0, i64 1)
  %2268 = getelementptr inbounds i8*, i8** %0, i64 67
  %2269 = load i8*, i8** %2268, align 8
  %2270 = getelementptr inbounds i8, i8* %2269, i64 64
  %2271 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2270, i8** %2271, align 8
  %2272 = getelementptr inbounds i8*, i8** %0, i64 67
  %2273 = load i8*, i8** %2272, align 8
  %2274 = getelementptr inbounds i8, i8* %2273, i64 16896
  %2275 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2274, i8** %2275, align 8
  %2276 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_114(i8* %2276, i64 0, i64 1)
  %2277 = getelementptr inbounds i8*, i8** %0, i64 67
  %2278 = load i8*, i8** %2277, align 8
  %2279 = getelementptr inbounds i8, i8* %2278, i64 64
  %2280 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2279, i8** %2280, align 8
  %2281 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_115(i8* %2281, i64 0, i64 1)
  %2282 = getelementptr inbounds i8*, i8** %0, i64 67
  %2283 = load i8*, i8** %2282, align 8
  %2284 = getelementptr inbounds i8, i8* %2283, i64 64
  %2285 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2284, i8** %2285, align 8
  %2286 = getelementptr inbounds i8*, i8** %0, i64 59
  %2287 = load i8*, i8** %2286, align 8
  %2288 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2287, i8** %2288, align 8
  %2289 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_116(i8* %2289, i64 0, i64 1)
  %2290 = getelementptr inbounds i8*, i8** %0, i64 67
  %2291 = load i8*, i8** %2290, align 8
  %2292 = getelementptr inbounds i8, i8* %2291, i64 64
  %2293 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2292, i8** %2293, align 8
  %2294 = getelementptr inbounds i8*, i8** %0, i64 67
  %2295 = load i8*, i8** %2294, align 8
  %2296 = getelementptr inbounds i8, i8* %2295, i64 16960
  %2297 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2296, i8** %2297, align 8
  %2298 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_117(i8* %2298, i64 0, i64 1)
  %2299 = getelementptr inbounds i8*, i8** %0, i64 58
  %2300 = load i8*, i8** %2299, align 8
  %2301 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2300, i8** %2301, align 8
  %2302 = getelementptr inbounds i8*, i8** %0, i64 67
  %2303 = load i8*, i8** %2302, align 8
  %2304 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %2303, i8** %2304, align 8
  %2305 = getelementptr inbounds i8*, i8** %0, i64 67
  %2306 = load i8*, i8** %2305, align 8
  %2307 = getelementptr inbounds i8, i8* %2306, i64 64
  %2308 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %2307, i8** %2308, align 8
  %2309 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_118(i8* %2309, i64 0, i64 1)
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
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 128
  %15 = add i64 0, %14
  %16 = mul i64 %i, 16
  %17 = add i64 0, %16
  %18 = mul i64 %i, 128
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %37, %exit7 ]
  %20 = icmp slt i64 %i4, 8
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 %15, %21
  %23 = mul i64 %i4, 16
  %24 = add i64 %19, %23
  br label %loop5

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %body6 ]
  %26 = icmp slt i64 %i8, 16
  br i1 %26, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %27 = add i64 %22, %i8
  %28 = add i64 %17, %i8
  %29 = add i64 %24, %i8
  %30 = getelementptr inbounds float, float* %9, i64 %28
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %12, i64 %29
  %33 = load float, float* %32, align 4
  %34 = fadd float %31, %33
  %35 = getelementptr inbounds float, float* %6, i64 %27
  store float %34, float* %35, align 4
  %36 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %37 = add i64 %i4, 1
  br label %loop1
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
define internal void @eptc_kernel_53(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_55(i8* %0, i64 %1, i64 %2) #1 {
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
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
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
define internal void @eptc_kernel_66(i8* %0, i64 %1, i64 %2) #1 {
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
  %16 = icmp slt i64 %15, 1
  %17 = select i1 %16, i64 %15, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = getelementptr inbounds float, float* %9, i64 0
  %20 = load float, float* %19, align 4
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = fcmp uno float %20, %22
  %24 = fcmp olt float %22, %20
  %25 = select i1 %24, float %22, float %20
  %26 = select i1 %23, float 0x7FF8000000000000, float %25
  %27 = getelementptr inbounds float, float* %6, i64 0
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
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
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
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
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
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
  %23 = fsub float %20, %22
  %24 = getelementptr inbounds float, float* %6, i64 0
  store float %23, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
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
  %1 = getelementptr inbounds i8*, i8** %0, i64 67
  %2 = load i8*, i8** %1, align 8
  %3 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2, i8** %3, align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 27
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %5, i8** %6, align 8
  %7 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_132(i8* %7, i64 0, i64 1)
  %8 = getelementptr inbounds i8*, i8** %0, i64 67
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %10, i8** %11, align 8
  %12 = getelementptr inbounds i8*, i8** %0, i64 67
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 11648
  %15 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %14, i8** %15, align 8
  %16 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_133(i8* %16, i64 0, i64 1)
  %17 = getelementptr inbounds i8*, i8** %0, i64 62
  %18 = load i8*, i8** %17, align 8
  %19 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %18, i8** %19, align 8
  %20 = getelementptr inbounds i8*, i8** %0, i64 67
  %21 = load i8*, i8** %20, align 8
  %22 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %21, i8** %22, align 8
  %23 = getelementptr inbounds i8*, i8** %0, i64 67
  %24 = load i8*, i8** %23, align 8
  %25 = getelementptr inbounds i8, i8* %24, i64 2048
  %26 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %25, i8** %26, align 8
  %27 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_134(i8* %27, i64 0, i64 1)
  %28 = getelementptr inbounds i8*, i8** %0, i64 67
  %29 = load i8*, i8** %28, align 8
  %30 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %29, i8** %30, align 8
  %31 = getelementptr inbounds i8*, i8** %0, i64 28
  %32 = load i8*, i8** %31, align 8
  %33 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %32, i8** %33, align 8
  %34 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_135(i8* %34, i64 0, i64 1)
  %35 = getelementptr inbounds i8*, i8** %0, i64 67
  %36 = load i8*, i8** %35, align 8
  %37 = getelementptr inbounds i8, i8* %36, i64 11648
  %38 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %37, i8** %38, align 8
  %39 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_136(i8* %39, i64 0, i64 1)
  %40 = getelementptr inbounds i8*, i8** %0, i64 67
  %41 = load i8*, i8** %40, align 8
  %42 = getelementptr inbounds i8, i8* %41, i64 11648
  %43 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %42, i8** %43, align 8
  %44 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_137(i8* %44, i64 0, i64 1)
  %45 = getelementptr inbounds i8*, i8** %0, i64 63
  %46 = load i8*, i8** %45, align 8
  %47 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %46, i8** %47, align 8
  %48 = getelementptr inbounds i8*, i8** %0, i64 67
  %49 = load i8*, i8** %48, align 8
  %50 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %49, i8** %50, align 8
  %51 = getelementptr inbounds i8*, i8** %0, i64 67
  %52 = load i8*, i8** %51, align 8
  %53 = getelementptr inbounds i8, i8* %52, i64 11648
  %54 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %53, i8** %54, align 8
  %55 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_134(i8* %55, i64 0, i64 1)
  %56 = getelementptr inbounds i8*, i8** %0, i64 67
  %57 = load i8*, i8** %56, align 8
  %58 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %57, i8** %58, align 8
  %59 = getelementptr inbounds i8*, i8** %0, i64 8
  %60 = load i8*, i8** %59, align 8
  %61 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %60, i8** %61, align 8
  %62 = getelementptr inbounds i8*, i8** %0, i64 67
  %63 = load i8*, i8** %62, align 8
  %64 = getelementptr inbounds i8, i8* %63, i64 6400
  %65 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %64, i8** %65, align 8
  %66 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_138(i8* %66, i64 0, i64 1)
  %67 = getelementptr inbounds i8*, i8** %0, i64 67
  %68 = load i8*, i8** %67, align 8
  %69 = getelementptr inbounds i8, i8* %68, i64 2048
  %70 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %69, i8** %70, align 8
  %71 = getelementptr inbounds i8*, i8** %0, i64 63
  %72 = load i8*, i8** %71, align 8
  %73 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %72, i8** %73, align 8
  %74 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_139(i8* %74, i64 0, i64 1)
  %75 = getelementptr inbounds i8*, i8** %0, i64 67
  %76 = load i8*, i8** %75, align 8
  %77 = getelementptr inbounds i8, i8* %76, i64 2048
  %78 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %77, i8** %78, align 8
  %79 = getelementptr inbounds i8*, i8** %0, i64 67
  %80 = load i8*, i8** %79, align 8
  %81 = getelementptr inbounds i8, i8* %80, i64 16896
  %82 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %81, i8** %82, align 8
  %83 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_140(i8* %83, i64 0, i64 1)
  %84 = getelementptr inbounds i8*, i8** %0, i64 67
  %85 = load i8*, i8** %84, align 8
  %86 = getelementptr inbounds i8, i8* %85, i64 2048
  %87 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %86, i8** %87, align 8
  %88 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_141(i8* %88, i64 0, i64 1)
  %89 = getelementptr inbounds i8*, i8** %0, i64 67
  %90 = load i8*, i8** %89, align 8
  %91 = getelementptr inbounds i8, i8* %90, i64 2048
  %92 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %91, i8** %92, align 8
  %93 = getelementptr inbounds i8*, i8** %0, i64 62
  %94 = load i8*, i8** %93, align 8
  %95 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %94, i8** %95, align 8
  %96 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_142(i8* %96, i64 0, i64 1)
  %97 = getelementptr inbounds i8*, i8** %0, i64 67
  %98 = load i8*, i8** %97, align 8
  %99 = getelementptr inbounds i8, i8* %98, i64 2048
  %100 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %99, i8** %100, align 8
  %101 = getelementptr inbounds i8*, i8** %0, i64 67
  %102 = load i8*, i8** %101, align 8
  %103 = getelementptr inbounds i8, i8* %102, i64 16960
  %104 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %103, i8** %104, align 8
  %105 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_143(i8* %105, i64 0, i64 1)
  %106 = getelementptr inbounds i8*, i8** %0, i64 61
  %107 = load i8*, i8** %106, align 8
  %108 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %107, i8** %108, align 8
  %109 = getelementptr inbounds i8*, i8** %0, i64 67
  %110 = load i8*, i8** %109, align 8
  %111 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %110, i8** %111, align 8
  %112 = getelementptr inbounds i8*, i8** %0, i64 67
  %113 = load i8*, i8** %112, align 8
  %114 = getelementptr inbounds i8, i8* %113, i64 2048
  %115 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %114, i8** %115, align 8
  %116 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_144(i8* %116, i64 0, i64 1)
  %117 = getelementptr inbounds i8*, i8** %0, i64 67
  %118 = load i8*, i8** %117, align 8
  %119 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %118, i8** %119, align 8
  %120 = getelementptr inbounds i8*, i8** %0, i64 29
  %121 = load i8*, i8** %120, align 8
  %122 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %121, i8** %122, align 8
  %123 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_132(i8* %123, i64 0, i64 1)
  %124 = getelementptr inbounds i8*, i8** %0, i64 67
  %125 = load i8*, i8** %124, align 8
  %126 = getelementptr inbounds i8, i8* %125, i64 2048
  %127 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %126, i8** %127, align 8
  %128 = getelementptr inbounds i8*, i8** %0, i64 67
  %129 = load i8*, i8** %128, align 8
  %130 = getelementptr inbounds i8, i8* %129, i64 9600
  %131 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %130, i8** %131, align 8
  %132 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_133(i8* %132, i64 0, i64 1)
  %133 = getelementptr inbounds i8*, i8** %0, i64 65
  %134 = load i8*, i8** %133, align 8
  %135 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %134, i8** %135, align 8
  %136 = getelementptr inbounds i8*, i8** %0, i64 67
  %137 = load i8*, i8** %136, align 8
  %138 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %137, i8** %138, align 8
  %139 = getelementptr inbounds i8*, i8** %0, i64 67
  %140 = load i8*, i8** %139, align 8
  %141 = getelementptr inbounds i8, i8* %140, i64 2048
  %142 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %141, i8** %142, align 8
  %143 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_134(i8* %143, i64 0, i64 1)
  %144 = getelementptr inbounds i8*, i8** %0, i64 67
  %145 = load i8*, i8** %144, align 8
  %146 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %145, i8** %146, align 8
  %147 = getelementptr inbounds i8*, i8** %0, i64 30
  %148 = load i8*, i8** %147, align 8
  %149 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %148, i8** %149, align 8
  %150 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_135(i8* %150, i64 0, i64 1)
  %151 = getelementptr inbounds i8*, i8** %0, i64 67
  %152 = load i8*, i8** %151, align 8
  %153 = getelementptr inbounds i8, i8* %152, i64 9600
  %154 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %153, i8** %154, align 8
  %155 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_136(i8* %155, i64 0, i64 1)
  %156 = getelementptr inbounds i8*, i8** %0, i64 67
  %157 = load i8*, i8** %156, align 8
  %158 = getelementptr inbounds i8, i8* %157, i64 9600
  %159 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %158, i8** %159, align 8
  %160 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_137(i8* %160, i64 0, i64 1)
  %161 = getelementptr inbounds i8*, i8** %0, i64 66
  %162 = load i8*, i8** %161, align 8
  %163 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %162, i8** %163, align 8
  %164 = getelementptr inbounds i8*, i8** %0, i64 67
  %165 = load i8*, i8** %164, align 8
  %166 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %165, i8** %166, align 8
  %167 = getelementptr inbounds i8*, i8** %0, i64 67
  %168 = load i8*, i8** %167, align 8
  %169 = getelementptr inbounds i8, i8* %168, i64 9600
  %170 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %169, i8** %170, align 8
  %171 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_134(i8* %171, i64 0, i64 1)
  %172 = getelementptr inbounds i8*, i8** %0, i64 67
  %173 = load i8*, i8** %172, align 8
  %174 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %173, i8** %174, align 8
  %175 = getelementptr inbounds i8*, i8** %0, i64 9
  %176 = load i8*, i8** %175, align 8
  %177 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %176, i8** %177, align 8
  %178 = getelementptr inbounds i8*, i8** %0, i64 67
  %179 = load i8*, i8** %178, align 8
  %180 = getelementptr inbounds i8, i8* %179, i64 6400
  %181 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %180, i8** %181, align 8
  %182 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_138(i8* %182, i64 0, i64 1)
  %183 = getelementptr inbounds i8*, i8** %0, i64 67
  %184 = load i8*, i8** %183, align 8
  %185 = getelementptr inbounds i8, i8* %184, i64 2048
  %186 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %185, i8** %186, align 8
  %187 = getelementptr inbounds i8*, i8** %0, i64 66
  %188 = load i8*, i8** %187, align 8
  %189 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %188, i8** %189, align 8
  %190 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_139(i8* %190, i64 0, i64 1)
  %191 = getelementptr inbounds i8*, i8** %0, i64 67
  %192 = load i8*, i8** %191, align 8
  %193 = getelementptr inbounds i8, i8* %192, i64 2048
  %194 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %193, i8** %194, align 8
  %195 = getelementptr inbounds i8*, i8** %0, i64 67
  %196 = load i8*, i8** %195, align 8
  %197 = getelementptr inbounds i8, i8* %196, i64 16896
  %198 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %197, i8** %198, align 8
  %199 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_140(i8* %199, i64 0, i64 1)
  %200 = getelementptr inbounds i8*, i8** %0, i64 67
  %201 = load i8*, i8** %200, align 8
  %202 = getelementptr inbounds i8, i8* %201, i64 2048
  %203 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %202, i8** %203, align 8
  %204 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_141(i8* %204, i64 0, i64 1)
  %205 = getelementptr inbounds i8*, i8** %0, i64 67
  %206 = load i8*, i8** %205, align 8
  %207 = getelementptr inbounds i8, i8* %206, i64 2048
  %208 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %207, i8** %208, align 8
  %209 = getelementptr inbounds i8*, i8** %0, i64 65
  %210 = load i8*, i8** %209, align 8
  %211 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %210, i8** %211, align 8
  %212 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_142(i8* %212, i64 0, i64 1)
  %213 = getelementptr inbounds i8*, i8** %0, i64 67
  %214 = load i8*, i8** %213, align 8
  %215 = getelementptr inbounds i8, i8* %214, i64 2048
  %216 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %215, i8** %216, align 8
  %217 = getelementptr inbounds i8*, i8** %0, i64 67
  %218 = load i8*, i8** %217, align 8
  %219 = getelementptr inbounds i8, i8* %218, i64 16960
  %220 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %219, i8** %220, align 8
  %221 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_143(i8* %221, i64 0, i64 1)
  %222 = getelementptr inbounds i8*, i8** %0, i64 64
  %223 = load i8*, i8** %222, align 8
  %224 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %223, i8** %224, align 8
  %225 = getelementptr inbounds i8*, i8** %0, i64 67
  %226 = load i8*, i8** %225, align 8
  %227 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %226, i8** %227, align 8
  %228 = getelementptr inbounds i8*, i8** %0, i64 67
  %229 = load i8*, i8** %228, align 8
  %230 = getelementptr inbounds i8, i8* %229, i64 2048
  %231 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %230, i8** %231, align 8
  %232 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_144(i8* %232, i64 0, i64 1)
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
